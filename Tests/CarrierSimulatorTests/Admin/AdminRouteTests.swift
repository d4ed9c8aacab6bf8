import CarrierDHL
import CarrierSimulator
import CarrierUSPS
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ShipwatchCore
import Testing

@Suite("Admin API")
struct AdminRouteTests {
    @Test("counters count requests and numbers; reset zeroes them")
    func countersAndReset() async throws {
        try await AdminClient.run(engine: SimulatorEngine(scenarios: ["A1": .domesticDelivered, "A2": .notFound])) { admin in
            #expect(try await admin.counters() == SimulatorCounters())
            #expect(try await admin.trackDHL("A1").status == .ok)
            #expect(try await admin.trackDHL("A1").status == .ok)
            #expect(try await admin.trackDHL("A2").status == .notFound)
            let counters = try await admin.counters()
            #expect(counters.requests == ["dhl.tracking": 3])
            #expect(counters.numbers == ["A1": 2, "A2": 1])
            #expect(counters.faults.isEmpty)

            let reset = try await admin.send(.post, "/_admin/reset")
            #expect(reset.status == .ok)
            #expect(try await admin.counters() == SimulatorCounters())
        }
    }

    @Test("counters use the documented JSON keys")
    func countersJSON() async throws {
        try await AdminClient.run(engine: SimulatorEngine()) { admin in
            let response = try await admin.send(.get, "/_admin/counters")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(String(buffer: response.body) == #"{"faults":{},"numbers":{},"requests":{},"tokens_issued":{}}"#)
        }
    }

    @Test("PUT faults: the carrier's next requests are faulted as configured, then served again")
    func putFaults() async throws {
        try await AdminClient.run(engine: SimulatorEngine(scenarios: ["F1": .inTransit])) { admin in
            let put = try await admin.send(.put, "/_admin/faults/dhl", json: #"[{"kind":"unavailable","first":2}]"#)
            #expect(put.status == .ok)
            #expect(try await admin.trackDHL("F1").status == .serviceUnavailable)
            #expect(try await admin.trackDHL("F1").status == .serviceUnavailable)
            let recovered = try await admin.trackDHL("F1")
            #expect(recovered.status == .ok)
            guard case .found = recovered.outcome else {
                Issue.record("expected a parcel, got \(String(describing: recovered.outcome))")
                return
            }
            let counters = try await admin.counters()
            #expect(counters.faults == ["dhl.unavailable": 2])
            #expect(counters.numbers == ["F1": 1])

            let rateLimited = #"[{"kind":"rate_limited","retry_after_seconds":7}]"#
            #expect(try await admin.send(.put, "/_admin/faults/dhl", json: rateLimited).status == .ok)
            #expect(try await admin.trackDHL("F1").status == .tooManyRequests)
            #expect(try await admin.send(.put, "/_admin/faults/dhl", json: "[]").status == .ok)
            #expect(try await admin.trackDHL("F1").status == .ok)
            #expect(try await admin.counters().faults == ["dhl.unavailable": 2, "dhl.rate_limited": 1])
        }
    }

    @Test("a 429 carries the fault's Retry-After, once", arguments: [Carrier.usps, .dhl])
    func retryAfterHeader(carrier: Carrier) async throws {
        let engine = SimulatorEngine(faults: [carrier: [Fault(kind: .rateLimited, retryAfterSeconds: 7)]])
        try await AdminClient.run(engine: engine) { admin in
            let response: TestResponse
            if carrier == .dhl {
                response = try await admin.send(.get, "/track/shipments?trackingNumber=R1", headers: ["DHL-API-Key": "k"])
            } else {
                let tokenAnswer = try await admin.send(.post, "/oauth2/v3/token", json: "grant_type=client_credentials")
                let token = try LiveSimulator.api(for: .usps).parseTokenResponse(
                    WireResponse(status: Int(tokenAnswer.status.code), body: Array(buffer: tokenAnswer.body))
                )
                response = try await admin.send(.get, "/tracking/v3/tracking/R1?expand=DETAIL", headers: ["Authorization": "Bearer \(token.value)"])
            }
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[values: .retryAfter] == ["7"])
        }
    }

    @Test("bad admin requests are refused")
    func badRequests() async throws {
        try await AdminClient.run(engine: SimulatorEngine()) { (admin: AdminClient) async throws in
            #expect(try await admin.send(.put, "/_admin/faults/royal_mail", json: "[]").status == .notFound)
            #expect(try await admin.send(.put, "/_admin/faults/ups", json: #"{"kind":"slow"}"#).status == .badRequest)
            #expect(try await admin.send(.put, "/_admin/faults/ups", json: #"[{"kind":"gremlins"}]"#).status == .badRequest)
            #expect(try await admin.send(.put, "/_admin/scenarios", json: #"{"X1":"warp_speed"}"#).status == .badRequest)
            #expect(try await admin.send(.put, "/_admin/scenarios", json: "[]").status == .badRequest)
            #expect(try await admin.send(.post, "/_admin/clock/advance").status == .badRequest)
            #expect(try await admin.send(.post, "/_admin/clock/advance?seconds=soon").status == .badRequest)
        }
    }

    @Test("PUT scenarios changes what a number does")
    func putScenarios() async throws {
        try await AdminClient.run(engine: SimulatorEngine(scenarios: ["S1": .domesticDelivered])) { admin in
            #expect(try await admin.trackDHL("S1").status == .ok)
            let put = try await admin.send(.put, "/_admin/scenarios", json: #"{"S1":"not_found","S2":"customs_stall:9"}"#)
            #expect(put.status == .ok)
            #expect(String(buffer: put.body) == #"{"updated":2}"#)
            let gone = try await admin.trackDHL("S1")
            #expect(gone.status == .notFound)
            #expect(gone.outcome.map { if case .notFound = $0 { true } else { false } } == true)
            guard case .found(let snapshot)? = try await admin.trackDHL("S2").outcome else {
                Issue.record("S2 should be found")
                return
            }
            #expect(snapshot.latestMeaningfulEvent?.milestone == .customsHeld)
        }
    }

    @Test("advancing the clock makes a late number appear and a moving parcel advance")
    func clockAdvance() async throws {
        let engine = SimulatorEngine(scenarios: ["L1": .lateFound(hours: 2), "T1": .inTransit])
        try await AdminClient.run(engine: engine) { admin in
            #expect(try await admin.trackDHL("L1").status == .notFound)
            guard case .found(let before)? = try await admin.trackDHL("T1").outcome else {
                Issue.record("T1 should be found")
                return
            }
            #expect(before.latestMeaningfulEvent?.milestone == .sortDeparted)

            let advance = try await admin.send(.post, "/_admin/clock/advance?seconds=7200")
            #expect(advance.status == .ok)
            #expect(String(buffer: advance.body).contains(#""now":"#))
            #expect(try await admin.trackDHL("L1").status == .ok)
            guard case .found(let twoHoursOn)? = try await admin.trackDHL("T1").outcome else {
                Issue.record("T1 should be found")
                return
            }
            #expect(twoHoursOn.events.count == before.events.count)

            #expect(try await admin.send(.post, "/_admin/clock/advance?seconds=\(26 * 3_600)").status == .ok)
            guard case .found(let after)? = try await admin.trackDHL("T1").outcome else {
                Issue.record("T1 should be found")
                return
            }
            #expect(after.latestMeaningfulEvent?.milestone == .delivered)
            #expect(after.events.count == before.events.count + 4)
            #expect(after.signedBy?.uppercased() == "J SMITH")
        }
    }
}
