import CarrierHTTP
import ShipwatchCore
import Testing

@Suite("Retry policy")
struct RetryPolicyTests {
    let policy = RetryPolicy(
        maxAttempts: 4, baseDelay: .milliseconds(500), maxDelay: .milliseconds(1_500), maxTotalDelay: .seconds(10),
        maxRetryAfter: .seconds(60), jitterFraction: 0
    )

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let error: CarrierError
        let attempt: Int
        let retryAfter: Double?
        let waited: Duration
        let expected: RetryPolicy.Decision
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "5xx first retry", error: .transient(detail: "HTTP 503"), attempt: 1, retryAfter: nil, waited: .zero,
             expected: .retry(after: .milliseconds(500))),
        Case(name: "5xx doubles", error: .transient(detail: "HTTP 503"), attempt: 2, retryAfter: nil, waited: .zero,
             expected: .retry(after: .seconds(1))),
        Case(name: "backoff capped", error: .transient(detail: "x"), attempt: 3, retryAfter: nil, waited: .zero,
             expected: .retry(after: .milliseconds(1_500))),
        Case(name: "attempts spent", error: .transient(detail: "x"), attempt: 4, retryAfter: nil, waited: .zero,
             expected: .giveUp(.transient(detail: "x"))),
        Case(name: "429 honors Retry-After", error: .rateLimited(retryAfter: 2), attempt: 1, retryAfter: 2, waited: .zero,
             expected: .retry(after: .seconds(2))),
        Case(name: "Retry-After on a 503 too", error: .transient(detail: "HTTP 503"), attempt: 1, retryAfter: 4, waited: .zero,
             expected: .retry(after: .seconds(4))),
        Case(name: "Retry-After shorter than backoff", error: .rateLimited(retryAfter: 0), attempt: 2, retryAfter: 0, waited: .zero,
             expected: .retry(after: .seconds(1))),
        Case(name: "Retry-After too long", error: .rateLimited(retryAfter: nil), attempt: 1, retryAfter: 3_600, waited: .zero,
             expected: .giveUp(.rateLimited(retryAfter: 3_600))),
        Case(name: "total delay budget", error: .rateLimited(retryAfter: nil), attempt: 2, retryAfter: 8, waited: .seconds(5),
             expected: .giveUp(.rateLimited(retryAfter: 8))),
        Case(name: "not retryable", error: .malformedPayload(detail: "x"), attempt: 1, retryAfter: nil, waited: .zero,
             expected: .giveUp(.malformedPayload(detail: "x"))),
        Case(name: "unauthorized not retried here", error: .unauthorized(detail: "x"), attempt: 1, retryAfter: nil, waited: .zero,
             expected: .giveUp(.unauthorized(detail: "x"))),
    ]

    @Test("decisions", arguments: cases)
    func decides(_ testCase: Case) {
        let decision = policy.decide(
            after: testCase.error, attempt: testCase.attempt, retryAfter: testCase.retryAfter, waitedSoFar: testCase.waited
        )
        #expect(decision == testCase.expected)
    }

    @Test("jitter stays within [backoff × (1 − fraction), backoff]")
    func jitter() {
        for draw in [0.0, 0.25, 0.999] {
            let jittered = RetryPolicy(baseDelay: .seconds(1), jitterFraction: 0.5, random: { draw })
            let wait = jittered.backoff(forAttempt: 2)
            #expect(wait <= .seconds(2) && wait >= .seconds(1))
        }
        let low = RetryPolicy(baseDelay: .seconds(1), jitterFraction: 0.5, random: { 0.5 })
        #expect(low.backoff(forAttempt: 1) == .milliseconds(750))
    }
}
