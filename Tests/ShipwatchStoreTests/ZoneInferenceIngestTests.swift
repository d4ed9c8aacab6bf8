import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("EventIngest: inferred zones and date-only scans")
struct ZoneInferenceIngestTests {
    @Test("a date-only scan is stored as such and never sets the shipment's status")
    func dateOnlyScanDoesNotSetTheStatus() async throws {
        try await withTestDatabase { db in
            let id = try await EventIngestTests.shipments(1, in: db)[0]
            var dateOnly = StoreFixtures.scan(.delivered, code: "DL", hours: 30, sequence: 2)
            dateOnly.isDateOnly = true
            let events = [
                StoreFixtures.scan(.labelCreated, code: "OC", hours: 0),
                StoreFixtures.scan(.accepted, code: "PU", hours: 5, sequence: 1),
                dateOnly,
            ]
            let result = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: id, events: events)])
            #expect(result[0].status == .accepted)
            let stored = try await ShipmentRepository(database: db).events(shipmentID: id)
            #expect(stored.map(\.isDateOnly) == [false, false, true])
            #expect(Timeline(events: stored).derivedStatus == .accepted)
        }
    }

    @Test("the new confidences are stored, and a surer copy of a scan replaces a guessed one")
    func confidencesRoundTripAndUpgrade() async throws {
        try await withTestDatabase { db in
            let id = try await EventIngestTests.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            var guessed = StoreFixtures.scan(.sortArrived, code: "AF", hours: 10)
            guessed.zoneConfidence = .neighbour
            var inferred = StoreFixtures.scan(.sortDeparted, code: "DF", hours: 12, sequence: 1)
            inferred.zoneConfidence = .zoneInferred
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [guessed, inferred])])
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id).map(\.zoneConfidence) == [.neighbour, .zoneInferred])

            var surer = guessed
            surer.zoneConfidence = .zoneInferred
            surer.occurredAt = guessed.occurredAt.addingTimeInterval(-3_600)
            var lessSure = inferred
            lessSure.zoneConfidence = .assumed
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [surer, lessSure])])
            #expect(result[0].eventsUpgraded == 1)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id).map(\.zoneConfidence) == [.zoneInferred, .zoneInferred])
        }
    }
}
