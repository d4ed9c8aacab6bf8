import CarrierHTTP
import CarrierUPS
import ShipwatchCore
import Testing

@Suite("Carrier client: tokens and quota")
struct CarrierClientAuthTests {
    @Test("100 concurrent track calls cause exactly one token request")
    func oneTokenForMany() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.configureToken(delay: .milliseconds(200))
            // A generous deadline: on a machine loaded by the whole suite a slow answer must not be retried (and
            // counted twice); this test is about the token, not about timeouts.
            let client = makeClient(server, clock: ManualClock(), requestTimeout: .seconds(60))
            let results = await withTaskGroup(of: CarrierBatchResult.self) { group in
                for index in 0..<100 { group.addTask { await client.track(["N\(index)"]) } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(await server.state.tokenHits == 1)
            #expect(results.map(\.tokenRequests).reduce(0, +) == 1)
            #expect(results.allSatisfy { $0.outcomes.values.allSatisfy(\.isFound) })
            #expect(await server.state.trackHits == 100)
        }
    }

    @Test("a rejected token is refreshed once, then the request succeeds")
    func refreshOn401() async throws {
        try await FakeCarrierServer.with { server in
            let client = makeClient(server, clock: ManualClock())
            #expect(await client.track(["A1"]).outcomes["A1"]?.isFound == true)
            await server.state.revokeTokens()
            let result = await client.track(["A2"])
            #expect(result.outcomes["A2"]?.isFound == true)
            #expect(result.retries == 1)
            #expect(result.tokenRequests == 1)
            #expect(await server.state.tokenHits == 2)
        }
    }

    @Test("a second 401 after the refresh is final")
    func persistent401() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.status(401), .status(401))
            let clock = ManualClock()
            let result = await makeClient(server, clock: clock).track(["A1"])
            guard case .failure(.unauthorized)? = result.outcomes["A1"] else {
                Issue.record("\(String(describing: result.outcomes["A1"]))")
                return
            }
            #expect(await server.state.tokenHits == 2)
            #expect(await server.state.trackHits == 2)
            #expect(clock.sleeps.isEmpty)
        }
    }

    @Test("an expired token is fetched again")
    func expiredToken() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.configureToken(lifetime: 600)
            let clock = ManualClock()
            let client = makeClient(server, clock: clock)
            _ = await client.track(["A1"])
            clock.advance(by: .seconds(500))
            _ = await client.track(["A2"])
            #expect(await server.state.tokenHits == 1)
            clock.advance(by: .seconds(101))
            let result = await client.track(["A3"])
            #expect(result.outcomes["A3"]?.isFound == true)
            #expect(result.tokenRequests == 1)
            #expect(await server.state.tokenHits == 2)
        }
    }

    @Test("a failing token request fails the batch as unauthorized, without a tracking call or quota spent")
    func tokenFailure() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.configureToken(status: 500)
            let clock = ManualClock()
            let allowance = InMemoryCarrierAllowance()
            let client = makeClient(
                server, clock: clock, limits: CarrierLimits(requestsPerSecond: nil, quotas: [.perDay(10)]), allowance: allowance
            )
            let result = await client.track(["A1", "A2"])
            #expect(result.outcomes["A1"] == .failure(.unauthorized(detail: "token endpoint answered HTTP 500")))
            #expect(await server.state.trackHits == 0)
            await client.budget.releaseUnused()
            #expect(await allowance.state(of: .ups, now: clock.wallNow).dayUsed == 0)
        }
    }

    @Test("a spent budget fails the batch as quotaExhausted without an HTTP call")
    func quotaExhausted() async throws {
        try await FakeCarrierServer.with { server in
            let client = makeClient(
                server, clock: ManualClock(), api: FakeCarrierAPI(maxNumbersPerRequest: 1, usesOAuth: false),
                limits: CarrierLimits(requestsPerSecond: nil, quotas: [.perHour(1)]), maxConcurrentBatches: 1
            )
            let result = await client.track(["A1", "A2"])
            #expect(result.httpCalls == 1)
            #expect(await server.state.trackHits == 1)
            let failures = result.failures.values.filter { $0.kind == "quota_exhausted" }
            #expect(failures.count == 1)
        }
    }
}
