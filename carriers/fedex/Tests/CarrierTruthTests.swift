import CarrierFedEx
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("FedEx date-only scans keep date precision")
struct DateOnlyScanTests {
    @Test("a date-only pickup orders after the label scan of the same day that FedEx lists before it")
    func dateOnlyPickupFollowsTheLabelScan() throws {
        let snapshot = try Fixture.snapshot("date-only-scans.json", number: "612999000011231")
        let pickup = try #require(snapshot.events.first { $0.carrierCode == "PU" })
        let label = try #require(snapshot.events.first { $0.carrierCode == "OC" })
        #expect(pickup.isDateOnly)
        #expect(!label.isDateOnly)
        #expect(pickup.occurredAt == utc("2025-11-17T14:12:44Z"))
        #expect(pickup.occurredAt >= label.occurredAt)
        #expect(pickup.localTime == wall(2025, 11, 17))
        // Louisville, KY keeps Eastern time: the date's own zone, not a neighbour's offset.
        #expect(pickup.zoneConfidence == .zoneInferred)
        #expect(pickup.utcOffsetSeconds == -18_000)
    }

    @Test("the timeline keeps FedEx's order and the stage comes from timed scans")
    func timelineKeepsTheCarrierOrder() throws {
        let snapshot = try Fixture.snapshot("date-only-scans.json", number: "612999000011231")
        let timeline = Timeline(events: snapshot.events)
        #expect(timeline.events.map(\.carrierSequence) == Array(0..<snapshot.events.count))
        #expect(timeline.derivedStatus == .delivered)
        let transit = try #require(snapshot.events.first { $0.carrierCode == "IT" })
        #expect(transit.isDateOnly)
        #expect(transit.occurredAt == utc("2025-11-19T07:00:00Z"))
    }

    @Test("a date-only scan that is the newest does not decide the stage")
    func newestDateOnlyScanDoesNotDecide() throws {
        var snapshot = try Fixture.snapshot("date-only-scans.json", number: "612999000011231")
        snapshot.events.removeAll { ["AR", "OD", "DL"].contains($0.carrierCode) }
        #expect(snapshot.events.last?.isDateOnly == true)
        #expect(Timeline(events: snapshot.events).derivedStatus == .sortDeparted)
    }
}

@Suite("FedEx results under another number, undated scans, batch refusals and token lifetimes")
struct CarrierTruthTests {
    @Test("a result answered under the number FedEx resolved to is attributed through trackingNumberInfo")
    func echoedNumberIsAttributed() throws {
        let outcomes = try Fixture.outcomes("echoed-number.json", requested: ["612999000011248", "612999000011262"])
        guard case .found(let first)? = outcomes["612999000011248"], case .found(let second)? = outcomes["612999000011262"] else {
            Issue.record("expected both found: \(outcomes)")
            return
        }
        #expect(first.trackingNumber == "612999000011248")
        #expect(second.trackingNumber == "612999000011262")
    }

    @Test("a single-number request takes the only result whatever number it is printed under")
    func singleNumberRequestIsAttributed() throws {
        let snapshot = try Fixture.snapshot("domestic-delivered.json", number: "0612999000011224")
        #expect(snapshot.trackingNumber == "0612999000011224")
    }

    @Test("in a batch, a result under a number nothing ties to the request is named, not guessed")
    func untiedResultIsReported() throws {
        let outcomes = try Fixture.outcomes("domestic-delivered.json", requested: ["612999000011286", "612999000011293"])
        guard case .malformed(let detail)? = outcomes["612999000011286"] else {
            Issue.record("expected malformed: \(String(describing: outcomes["612999000011286"]))")
            return
        }
        #expect(detail.contains("answered under 612999000011224"))
    }

    @Test("a scan without a usable date costs only that scan")
    func undatedScansAreLeftOut() throws {
        let snapshot = try Fixture.snapshot("undated-scan.json", number: "612999000011279")
        #expect(snapshot.events.count == 7)
        #expect(snapshot.skippedScans.count == 2)
        #expect(snapshot.skippedScans.contains { $0.reason.contains("\"not a date\"") })
        #expect(Timeline(events: snapshot.events).derivedStatus == .delivered)
    }

    @Test("a 400 naming one number of a batch of 30 names only that number")
    func batchRefusalNamesOneNumber() throws {
        let batch = (1...29).map { String(format: "61299900001%04d", $0) } + ["000123"]
        let response = try Fixture.response("error-400-batch-names-one.json", status: 400)
        let rejection = try #require(FedExTrackingAPI().batchRejection(response, requested: batch))
        #expect(Array(rejection.named.keys) == ["000123"])
        guard case .invalidNumber? = rejection.named["000123"] else {
            Issue.record("expected invalid number, got \(String(describing: rejection.named["000123"]))")
            return
        }
        // Read directly as an answer, the refusal fails the batch (retryable), never marks all 30 not found.
        #expect(throws: CarrierError.self) { try FedExTrackingAPI().parseTrackingResponse(response, requested: batch) }
        do {
            _ = try FedExTrackingAPI().parseTrackingResponse(response, requested: batch)
        } catch {
            #expect(error.isRetryable)
        }
    }

    @Test("a 400 naming no number is a refusal of the batch that names nobody")
    func batchRefusalNamingNone() throws {
        let response = try Fixture.response("error-400-batch-names-none.json", status: 400)
        let rejection = try #require(FedExTrackingAPI().batchRejection(response, requested: ["612999000011224", "612999000011231"]))
        #expect(rejection.named.isEmpty)
        let single = try FedExTrackingAPI().parseTrackingResponse(response, requested: ["612999000011224"])
        guard case .invalidNumber? = single["612999000011224"] else {
            Issue.record("a single-number refusal is that number's: \(single)")
            return
        }
    }

    @Test("token lifetimes of inf and 1e30 are capped at a day, -5 takes the default", arguments: [
        ("token-expires-in-inf.json", TokenLifetime.longestSeconds),
        ("token-expires-in-1e30.json", TokenLifetime.longestSeconds),
        ("token-expires-in-negative.json", FedExTrackingAPI.defaultTokenLifetime),
    ])
    func tokenLifetimes(_ name: String, _ expected: Double) throws {
        let token = try FedExTrackingAPI().parseTokenResponse(try Fixture.response(name))
        #expect(token.expiresIn == expected)
    }
}
