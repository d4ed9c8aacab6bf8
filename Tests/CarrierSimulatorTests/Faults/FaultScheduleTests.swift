@testable import CarrierSimulator
import Testing

@Suite("Fault schedule: which requests a fault hits")
struct FaultScheduleTests {
    /// The indices among the first `count` requests that the fault hits.
    private func hits(_ fault: Fault, among count: Int = 20) -> [Int] {
        (0..<count).filter { fault.applies(toRequestIndex: $0) }
    }

    @Test(
        "probabilities hit evenly spread requests",
        arguments: [
            (1.0, Array(0..<20)),
            (0.0, []),
            (0.5, [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]),
            (0.25, [3, 7, 11, 15, 19]),
            (0.1, [9, 19]),
            (0.75, [1, 2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17, 18, 19]),
        ]
    )
    func spread(probability: Double, expected: [Int]) {
        #expect(hits(Fault(kind: .serverError, probability: probability)) == expected)
    }

    @Test("over many requests the share hit is the probability", arguments: [0.1, 0.25, 0.3, 0.5, 0.75, 0.9])
    func share(probability: Double) {
        let hitCount = hits(Fault(kind: .unavailable, probability: probability), among: 1_000).count
        #expect(hitCount == Int((1_000 * probability).rounded()))
    }

    @Test(
        "first N hits only the first N requests",
        arguments: [
            (Fault(kind: .rateLimited, first: 2), [0, 1]),
            (Fault(kind: .rateLimited, first: 0), []),
            (Fault(kind: .expiredToken, first: 1), [0]),
            (Fault(kind: .slow, probability: 0.5, first: 6), [1, 3, 5]),
            (Fault(kind: .unavailable, first: 50), Array(0..<20)),
        ]
    )
    func firstN(fault: Fault, expected: [Int]) {
        #expect(hits(fault) == expected)
    }
}
