import CarrierHTTP
import Foundation
import ShipwatchCore
import Testing

@Suite("Carrier client: retries and Retry-After")
struct CarrierClientRetryTests {
    @Test("429 with Retry-After: 2 waits exactly 2 s, then succeeds")
    func retryAfterSeconds() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.status(429, retryAfter: "2"))
            let clock = ManualClock()
            let result = await makeClient(server, clock: clock).track(["A1"])
            #expect(result.outcomes["A1"]?.isFound == true)
            #expect(clock.sleeps == [.seconds(2)])
            #expect(result.retries == 1)
            #expect(result.httpCalls == 3)  // token + 429 + 200
            #expect(result.lastHTTPStatus == 200)
            #expect(await server.state.trackHits == 2)
        }
    }

    @Test("429 with an HTTP-date Retry-After waits until that date")
    func retryAfterDate() async throws {
        try await FakeCarrierServer.with { server in
            let clock = ManualClock()
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            let date = formatter.string(from: clock.wallNow.addingTimeInterval(5))
            await server.state.enqueue(.status(429, retryAfter: date))
            let result = await makeClient(server, clock: clock).track(["A1"])
            #expect(result.outcomes["A1"]?.isFound == true)
            #expect(clock.sleeps == [.seconds(5)])
        }
    }

    @Test("Retry-After beyond the policy's limit surfaces rateLimited without sleeping, and later calls fail fast")
    func retryAfterTooLong() async throws {
        try await FakeCarrierServer.with { server in
            // 7200 s asked, 3600 s (the default cap) believed.
            await server.state.enqueue(.status(429, retryAfter: "7200"))
            let clock = ManualClock()
            let client = makeClient(server, clock: clock, retry: exactRetryPolicy(maxRetryAfter: .seconds(60)))
            let result = await client.track(["A1"])
            #expect(result.outcomes["A1"] == .failure(.rateLimited(retryAfter: 3_600)))
            #expect(clock.sleeps.isEmpty)
            #expect(result.failedBatches == 1)

            clock.advance(by: .seconds(600))
            let later = await client.track(["A2"])
            #expect(later.outcomes["A2"] == .failure(.rateLimited(retryAfter: 3_000)))
            #expect(later.httpCalls == 0)
            #expect(await server.state.trackHits == 1)
        }
    }

    @Test("5xx is retried with exponential backoff")
    func serverErrors() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.status(503), .status(502))
            let clock = ManualClock()
            let result = await makeClient(server, clock: clock).track(["A1"])
            #expect(result.outcomes["A1"]?.isFound == true)
            #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
            #expect(result.retries == 2)
        }
    }

    @Test("error details quote the carrier's body with e-mail addresses masked")
    func redactedDetail() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.status(500))
            let result = await makeClient(server, clock: ManualClock(), retry: .none).track(["A1"])
            guard case .failure(.transient(let detail))? = result.outcomes["A1"] else {
                Issue.record("\(String(describing: result.outcomes["A1"]))")
                return
            }
            #expect(detail.hasPrefix("HTTP 500: "))
            #expect(detail.contains("j***@example.com"))
            #expect(!detail.contains("jane.doe"))
        }
    }

    @Test("a batch failing with 500 forever fails its numbers only; the other batches go on")
    func failingBatchIsolated() async throws {
        try await FakeCarrierServer.with { server in
            let clock = ManualClock()
            let client = makeClient(server, clock: clock, retry: exactRetryPolicy(maxAttempts: 3), maxConcurrentBatches: 1)
            let result = await client.track(["A1", "A2", "A3", "FAIL1", "B1", "B2", "C1", "A1"])
            #expect(result.batches == 3)
            #expect(result.failedBatches == 1)
            #expect(result.outcomes.count == 7)
            for number in ["A1", "A2", "A3", "C1"] {
                #expect(result.outcomes[number]?.isFound == true, "\(number)")
            }
            for number in ["FAIL1", "B1", "B2"] {
                guard case .failure(.transient(let detail))? = result.outcomes[number] else {
                    Issue.record("\(number): \(String(describing: result.outcomes[number]))")
                    continue
                }
                #expect(detail.contains("500"))
            }
            #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
            #expect(await server.state.trackHits == 5)  // 1 + 3 + 1
        }
    }

    @Test("one malformed number does not spoil its batch")
    func malformedIsolated() async throws {
        try await FakeCarrierServer.with { server in
            let result = await makeClient(server, clock: ManualClock()).track(["A1", "BAD1", "NF1"])
            #expect(result.batches == 1)
            #expect(result.outcomes["A1"]?.isFound == true)
            guard case .success(.malformed)? = result.outcomes["BAD1"] else {
                Issue.record("BAD1: \(String(describing: result.outcomes["BAD1"]))")
                return
            }
            guard case .success(.notFound)? = result.outcomes["NF1"] else {
                Issue.record("NF1: \(String(describing: result.outcomes["NF1"]))")
                return
            }
        }
    }

    @Test("query values reach the server percent-encoded and intact, under the base path prefix")
    func queryEncoding() async throws {
        try await FakeCarrierServer.with { server in
            let number = "A 1+2&x=y"
            let result = await makeClient(server, clock: ManualClock()).track([number])
            #expect(result.outcomes[number]?.isFound == true)
            #expect(await server.state.requestedNumbers == [[number]])
            #expect(await server.state.rawQueries == ["numbers=A%201%2B2%26x%3Dy"])
        }
    }
}
