import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("In-memory carrier allowance and call budget")
struct InMemoryAllowanceTests {
    /// 2025-06-15T00:00:00Z
    static let midnight = Date(timeIntervalSince1970: 1_749_945_600)

    static func exact(perHour: Int? = nil, perDay: Int? = nil) -> CallLimits {
        CallLimits(requestsPerSecond: nil, perHour: perHour, perDay: perDay, spreadsQuota: false)
    }

    @Test("three calls an hour: the fourth is refused until the first call's minute has left the rolling hour")
    func rollingHour() async {
        let allowance = InMemoryCarrierAllowance()
        let start = Self.midnight.addingTimeInterval(3_600)
        let request = AllowanceRequest(carrier: .usps, calls: 1, limits: Self.exact(perHour: 3))
        for _ in 0..<3 { #expect(await allowance.reserve(request, now: start).calls == 1) }
        #expect(await allowance.reserve(request, now: start).calls == 0)
        #expect(await allowance.reserve(request, now: start.addingTimeInterval(3_600)).calls == 0)
        #expect(await allowance.reserve(request, now: start.addingTimeInterval(3_660)).calls == 1)
    }

    @Test("the day's count resets at 00:00 UTC")
    func utcDay() async {
        let allowance = InMemoryCarrierAllowance()
        let request = AllowanceRequest(carrier: .dhl, calls: 2, limits: Self.exact(perDay: 2))
        #expect(await allowance.reserve(request, now: Self.midnight.addingTimeInterval(-60)).calls == 2)
        #expect(await allowance.reserve(request, now: Self.midnight.addingTimeInterval(-1)).calls == 0)
        #expect(await allowance.reserve(request, now: Self.midnight).calls == 2)
    }

    @Test("a refund gives the unsent calls back to their window")
    func refund() async throws {
        let allowance = InMemoryCarrierAllowance()
        let request = AllowanceRequest(carrier: .dhl, calls: 5, limits: Self.exact(perDay: 5))
        let grant = await allowance.reserve(request, now: Self.midnight)
        await allowance.refund(grant, unused: 3, now: Self.midnight)
        #expect(await allowance.state(of: .dhl, now: Self.midnight).dayUsed == 2)
        #expect(await allowance.reserve(request, now: Self.midnight).calls == 3)
    }

    @Test("a later ban wins over an earlier one, never the reverse")
    func bans() async {
        let allowance = InMemoryCarrierAllowance()
        let later = Self.midnight.addingTimeInterval(600)
        await allowance.ban(.ups, until: later, reason: "long", now: Self.midnight)
        await allowance.ban(.ups, until: Self.midnight.addingTimeInterval(60), reason: "short", now: Self.midnight)
        let state = await allowance.state(of: .ups, now: Self.midnight)
        #expect(state.bannedUntil == later)
        #expect(state.banReason == "long")
    }

    @Test("a client's budget spends what it reserved, then reserves one call at a time, and gives back what is left")
    func budgetSpendsAndReleases() async throws {
        try await FakeCarrierServer.with { server in
            let allowance = InMemoryCarrierAllowance()
            let clock = ManualClock(wall: Self.midnight.addingTimeInterval(3_600))
            let client = makeClient(
                server, clock: clock, api: FakeCarrierAPI(maxNumbersPerRequest: 1, usesOAuth: false),
                limits: CarrierLimits(requestsPerSecond: nil, quotas: [.perDay(10)], spreadsQuota: false),
                maxConcurrentBatches: 1, allowance: allowance
            )
            let first = try await client.budget.reserve(calls: 4, urgency: .normal)
            #expect(first.calls == 4)
            _ = await client.track(["A1", "A2"])
            #expect(await client.budget.heldCalls == 2)
            _ = await client.track(["A3", "A4", "A5"])
            #expect(await client.budget.heldCalls == 0)
            #expect(await allowance.state(of: .ups, now: clock.wallNow).dayUsed == 5)
            let second = try await client.budget.reserve(calls: 3, urgency: .normal)
            #expect(second.calls == 3)
            await client.budget.releaseUnused()
            #expect(await allowance.state(of: .ups, now: clock.wallNow).dayUsed == 5)
            #expect(await server.state.trackHits == 5)
        }
    }

    @Test("a carrier banned through the shared allowance fails the batch as rate limited without an HTTP call")
    func sharedBanStopsTheClient() async throws {
        try await FakeCarrierServer.with { server in
            let allowance = InMemoryCarrierAllowance()
            let clock = ManualClock(wall: Self.midnight)
            await allowance.ban(.ups, until: Self.midnight.addingTimeInterval(900), reason: "Retry-After 900 s", now: Self.midnight)
            let client = makeClient(server, clock: clock, api: FakeCarrierAPI(usesOAuth: false), allowance: allowance)
            let result = await client.track(["A1"])
            #expect(result.outcomes["A1"] == .failure(.rateLimited(retryAfter: 900)))
            #expect(await server.state.trackHits == 0)
        }
    }

    @Test("defaults per carrier follow the published limits")
    func defaults() {
        #expect(CarrierLimits.defaults(for: .usps).quotas == [.perHour(60)])
        #expect(CarrierLimits.defaults(for: .usps).callLimits == CallLimits(requestsPerSecond: 1, perHour: 60))
        #expect(CarrierLimits.defaults(for: .ups).quotas.isEmpty)
        #expect(CarrierLimits.defaults(for: .ups).requestsPerSecond == 5)
        let fedex = CarrierLimits.defaults(for: .fedex)
        #expect(fedex.quotas == [.perDay(100_000)])
        // Never more than 1,400 calls in any 10 s: burst + rate × 10.
        #expect(Double(fedex.burst) + (fedex.requestsPerSecond ?? 0) * 10 <= 1_400)
        #expect(CarrierLimits.defaults(for: .dhl) == CarrierLimits(requestsPerSecond: 1, quotas: [.perDay(250)]))
        #expect(CarrierLimits.defaults(for: .dhl).callLimits == CallLimits(requestsPerSecond: 1, perDay: 250))
    }
}
