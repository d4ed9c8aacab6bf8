import CarrierUSPS
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS: undated scans, batch error envelopes and token lifetimes")
struct CarrierTruthTests {
    let api = USPSTrackingAPI()

    @Test("scans without a usable time are left out and reported; the rest are stored")
    func undatedScansCostOnlyThemselves() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("v3-undated-event.json"), requested: ["9400111000000000000134"])
        guard case .found(let snapshot)? = outcomes["9400111000000000000134"] else {
            Issue.record("expected found, got \(outcomes)")
            return
        }
        guard case .array(let wireEvents)? = try Fixtures.trackingItems("v3-undated-event.json").first?["trackingEvents"] else {
            Issue.record("fixture without trackingEvents")
            return
        }
        #expect(snapshot.events.count == wireEvents.count - 2)
        #expect(snapshot.skippedScans.map(\.path).sorted() == ["trackingEvents[1].eventTimestamp", "trackingEvents[2].eventTimestamp"])
        #expect(Timeline(events: snapshot.events).derivedStatus == .delivered)
    }

    @Test("an error envelope for a batch names only the numbers it mentions")
    func batchEnvelopeNamesItsNumbers() throws {
        let batch = ["9400111000000000000127", "9400111000000000000999", "9400111000000000000134"]
        let response = try Fixtures.response("v3r2-batch-error-names-one.json", status: 400)
        let rejection = try #require(api.batchRejection(response, requested: batch))
        #expect(Array(rejection.named.keys) == ["9400111000000000000999"])
        guard case .invalidNumber? = rejection.named["9400111000000000000999"] else {
            Issue.record("expected invalid number: \(rejection)")
            return
        }
    }

    @Test("a not-yet-available envelope for a batch is never not-found for every number")
    func batchEnvelopeNamingNoneIsABatchFailure() throws {
        let batch = ["9400111000000000000127", "9400111000000000000134"]
        let response = try Fixtures.response("v3-not-found-400.json", status: 400)
        #expect(api.batchRejection(response, requested: batch)?.named.isEmpty == true)
        do {
            let outcomes = try api.parseTrackingResponse(response, requested: batch)
            Issue.record("expected a batch failure, got \(outcomes)")
        } catch {
            #expect(error.isRetryable)
        }
        // For a single number the same envelope is that number's answer.
        let single = try api.parseTrackingResponse(response, requested: ["9400111000000000000127"])
        guard case .notFound? = single["9400111000000000000127"] else {
            Issue.record("expected not found: \(single)")
            return
        }
    }

    @Test("token lifetimes: inf and 1e30 are capped at a day, -5 is refused with a typed error", arguments: [
        "token-expires-in-inf.json", "token-expires-in-1e30.json",
    ])
    func hugeTokenLifetimesAreCapped(_ name: String) throws {
        #expect(try api.parseTokenResponse(try Fixtures.response(name)).expiresIn == TokenLifetime.longestSeconds)
    }

    @Test("a negative token lifetime is a malformed answer, not a crash")
    func negativeTokenLifetimeIsRefused() throws {
        #expect(throws: CarrierError.self) { try api.parseTokenResponse(try Fixtures.response("token-expires-in-negative.json")) }
    }
}
