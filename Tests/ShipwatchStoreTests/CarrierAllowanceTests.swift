import CarrierDHL
import CarrierFedEx
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// The shared allowance in PostgreSQL: one budget per carrier, however many callers reserve at once.
@Suite("PostgresCarrierAllowance")
struct CarrierAllowanceTests {
    /// 2025-06-15T00:00:00Z
    static let midnight = Date(timeIntervalSince1970: 1_749_945_600)

    static func exact(perHour: Int? = nil, perDay: Int? = nil, rate: Double? = nil) -> CallLimits {
        CallLimits(requestsPerSecond: rate, perHour: perHour, perDay: perDay, spreadsQuota: false)
    }

    @Test("forty concurrent callers asking for 3 calls each share a quota of 50 exactly, never more")
    func concurrentCallersShareTheQuota() async throws {
        try await withTestDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            let now = Self.midnight.addingTimeInterval(7_200)
            let request = AllowanceRequest(carrier: .usps, calls: 3, limits: Self.exact(perHour: 50))
            let grants = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<40 { group.addTask { try await allowance.reserve(request, now: now).calls } }
                var grants: [Int] = []
                for try await calls in group { grants.append(calls) }
                return grants
            }
            #expect(grants.reduce(0, +) == 50)
            #expect(grants.filter { $0 > 0 }.count == 17)
            #expect(try await allowance.state(of: .usps, now: now).hourUsed == 50)
            // Another carrier's budget is untouched.
            #expect(try await allowance.state(of: .ups, now: now).hourUsed == 0)
        }
    }

    @Test("the rolling hour forgets a call after 60 to 61 minutes, the day keeps it until 00:00 UTC")
    func windowsCountFromTheSlots() async throws {
        try await withTestDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            let call = Self.midnight.addingTimeInterval(3_600 + 10)
            let request = AllowanceRequest(carrier: .dhl, calls: 4, limits: Self.exact(perHour: 100, perDay: 100))
            #expect(try await allowance.reserve(request, now: call).calls == 4)
            let inHour = try await allowance.state(of: .dhl, now: call.addingTimeInterval(3_590))
            #expect(inHour.hourUsed == 4 && inHour.dayUsed == 4)
            let later = try await allowance.state(of: .dhl, now: call.addingTimeInterval(3_660))
            #expect(later.hourUsed == 0 && later.dayUsed == 4)
            let tomorrow = try await allowance.state(of: .dhl, now: Self.midnight.addingTimeInterval(86_400))
            #expect(tomorrow.dayUsed == 0)
        }
    }

    @Test("a refund returns unsent calls to their slot, so they can be reserved again")
    func refundReturnsCalls() async throws {
        try await withTestDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            let now = Self.midnight.addingTimeInterval(600)
            let request = AllowanceRequest(carrier: .fedex, calls: 5, limits: Self.exact(perDay: 5))
            let grant = try await allowance.reserve(request, now: now)
            #expect(grant.calls == 5)
            #expect(try await allowance.reserve(request, now: now).refusal == .exhausted(window: .day, retryAt: Self.midnight.addingTimeInterval(86_400)))
            try await allowance.refund(grant, unused: 2, now: now)
            #expect(try await allowance.state(of: .fedex, now: now).dayUsed == 3)
            #expect(try await allowance.reserve(request, now: now).calls == 2)
        }
    }

    @Test("a ban is seen by every caller, a later ban wins, and calls resume when it ends")
    func sharedBan() async throws {
        try await withTestDatabase { database in
            let first = PostgresCarrierAllowance(database: database)
            let second = PostgresCarrierAllowance(database: database)
            let now = Self.midnight
            let until = now.addingTimeInterval(900)
            try await first.ban(.ups, until: until, reason: "Retry-After 900 s", now: now)
            try await second.ban(.ups, until: now.addingTimeInterval(30), reason: "shorter", now: now)
            let request = AllowanceRequest(carrier: .ups, calls: 1, urgency: .urgent, limits: Self.exact())
            #expect(try await second.reserve(request, now: now.addingTimeInterval(60)).refusal == .banned(until: until, reason: "Retry-After 900 s"))
            #expect(try await second.reserve(request, now: until).calls == 1)
        }
    }

    @Test("concurrent callers queue on the shared rate: each grant starts after the calls granted before it")
    func sharedRate() async throws {
        try await withTestDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            let now = Self.midnight
            let request = AllowanceRequest(carrier: .dhl, calls: 5, limits: Self.exact(rate: 10))
            let grants = try await withThrowingTaskGroup(of: AllowanceGrant.self) { group in
                for _ in 0..<8 { group.addTask { try await allowance.reserve(request, now: now) } }
                var grants: [AllowanceGrant] = []
                for try await grant in group { grants.append(grant) }
                return grants
            }
            let starts = grants.map { ($0.notBefore ?? now).timeIntervalSince(now) }.sorted()
            #expect(starts == [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5])
            #expect(try await allowance.state(of: .dhl, now: now).rateTAT == now.addingTimeInterval(4))
        }
    }

    @Test("spread quotas keep their pace across callers: a second process gets no head start")
    func paceIsShared() async throws {
        try await withTestDatabase { database in
            let first = PostgresCarrierAllowance(database: database)
            let second = PostgresCarrierAllowance(database: database)
            let limits = CallLimits(requestsPerSecond: nil, perDay: 250)
            let now = Self.midnight.addingTimeInterval(43_200)
            let request = AllowanceRequest(carrier: .dhl, calls: 1_000, limits: limits)
            #expect(try await first.reserve(request, now: now).calls == 125)
            let refused = try await second.reserve(request, now: now)
            #expect(refused.calls == 0)
            if case .paced? = refused.refusal {} else { Issue.record("expected paced, got \(String(describing: refused.refusal))") }
        }
    }
}

extension CarrierAllowanceTests {
    @Test("unsent calls give their rate time back while no later grant was scheduled after them, and only then")
    func refundGivesRateBack() async throws {
        try await withTestDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            let now = Self.midnight
            let request = AllowanceRequest(carrier: .ups, calls: 10, limits: Self.exact(rate: 5))
            let phantom = try await allowance.reserve(request, now: now)
            try await allowance.refund(phantom, unused: 10, now: now)
            let next = try await allowance.reserve(request, now: now)
            #expect(next.notBefore == nil, "a refunded grant still held the rate")
            let later = try await allowance.reserve(request, now: now)
            try await allowance.refund(next, unused: 10, now: now)
            #expect(try await allowance.state(of: .ups, now: now).rateTAT == later.rateEnd, "an earlier refund moved a later grant's rate")
        }
    }
}
