import Foundation
@testable import ShipwatchAPI
import ShipwatchAPITestSupport
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Per-key windows leased in blocks by each replica")
struct RateLeaseBookTests {
    /// 2026-11-21T00:00:30Z, mid-window.
    static let instant = Date(timeIntervalSince1970: 1_795_219_230)

    @Test("two replicas together admit exactly the limit, writing the shared window once per block", arguments: Backend.allCases)
    func twoReplicasShareTheLimit(backend: Backend) async throws {
        try await withRateCounter(backend) { shared in
            let counter = CountingRateLimits(inner: shared)
            let replicas = [RateLeaseBook(counter: counter), RateLeaseBook(counter: counter)]
            let window = RateWindow(bucket: "key:0123456789abcdef", containing: Self.instant, seconds: 60)
            #expect(RateLeaseBook.blockSize(limit: 500) == 10)
            var admitted = [0, 0]
            for attempt in 0..<600 {
                if try await replicas[attempt % 2].admit(window, limit: 500) { admitted[attempt % 2] += 1 }
            }
            #expect(admitted == [250, 250])
            // 25 blocks each, then one refused lease each; refusals after that cost no round trip.
            #expect(await counter.leases == 52)
        }
    }

    @Test("a spent window refuses until the next window starts", arguments: Backend.allCases)
    func nextWindowAdmitsAgain(backend: Backend) async throws {
        try await withRateCounter(backend) { shared in
            let book = RateLeaseBook(counter: shared)
            let first = RateWindow(bucket: "key:0123456789abcdef", containing: Self.instant, seconds: 60)
            let second = RateWindow(bucket: "key:0123456789abcdef", containing: Self.instant.addingTimeInterval(60), seconds: 60)
            var answers: [Bool] = []
            for window in [first, first, first, first, second] {
                answers.append(try await book.admit(window, limit: 3))
            }
            #expect(answers == [true, true, true, false, true])
        }
    }

    @Test("concurrent requests of one replica never exceed the limit, and wait for one lease at a time", arguments: Backend.allCases)
    func concurrentRequestsStayWithinTheLimit(backend: Backend) async throws {
        try await withRateCounter(backend) { shared in
            let counter = CountingRateLimits(inner: shared)
            let book = RateLeaseBook(counter: counter)
            let window = RateWindow(bucket: "key:0123456789abcdef", containing: Self.instant, seconds: 60)
            let admitted = try await withThrowingTaskGroup(of: Bool.self, returning: Int.self) { group in
                for _ in 0..<400 { group.addTask { try await book.admit(window, limit: 300) } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(admitted == 300)
            #expect(await counter.leases == 300 / RateLeaseBook.blockSize(limit: 300) + 1)
        }
    }
}

/// Runs `body` with the backend's shared rate counter.
private func withRateCounter(_ backend: Backend, _ body: (any RateLimitCounter) async throws -> Void) async throws {
    switch backend {
    case .memory:
        try await body(InMemoryRateLimits())
    case .postgres:
        try await withTestDatabase { database in
            try await body(RateLimitRepository(database: database))
        }
    }
}

/// Counts the leases that reach the shared counter.
private actor CountingRateLimits: RateLimitCounter {
    let inner: any RateLimitCounter
    private(set) var leases = 0

    init(inner: any RateLimitCounter) {
        self.inner = inner
    }

    func hit(_ window: RateWindow) async throws -> Int { try await inner.hit(window) }

    func lease(_ window: RateWindow, wanted: Int, limit: Int) async throws -> Int {
        leases += 1
        return try await inner.lease(window, wanted: wanted, limit: limit)
    }

    func purge(before cutoff: Date) async throws -> Int { try await inner.purge(before: cutoff) }
}
