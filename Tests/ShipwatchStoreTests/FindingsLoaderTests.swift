import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Findings evaluation input")
struct FindingsLoaderTests {
    @Test func loadsWhatTheRepositoryReadsWithoutRawFragments() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let events = [
                StoreFixtures.scan(.accepted, code: "OR", hours: 1),
                StoreFixtures.scan(.sortArrived, code: "AR", hours: 5, city: "Zürich", region: nil, postalCode: nil, country: "CH"),
                StoreFixtures.scan(.info, code: "", hours: 6, city: "Reno", description: "Note"),
            ]
            _ = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: ids[0], events: events)])
            let inputs = try await EvaluationInputLoader(database: db).load(shipmentIDs: [ids[1], ids[0], 999_999])
            #expect(inputs.map(\.shipment.id) == ids)
            #expect(inputs[1].events.isEmpty)
            let stored = try await ShipmentRepository(database: db).events(shipmentID: ids[0]).map { event -> ScanEvent in
                var event = event
                event.raw = ""
                return event
            }
            #expect(inputs[0].events == stored)
            #expect(inputs[0].facts(carrierName: "UPS").destinationCountry == "DE")
        }
    }

    @Test func textStoredUncleanIsCleanedAsAFreshScanWouldBe() async throws {
        try await withTestDatabase { db in
            let id = try await FindingsFixtures.shipments(1, in: db)[0]
            try await db.withConnection { connection in
                try await connection.query(
                    """
                    INSERT INTO scan_events (shipment_id, identity_key, occurred_at, zone_confidence, city, region, country_code,
                                             carrier_code, description, milestone, raw)
                    VALUES (\(id), 'k', now(), 'exact', '  Chicago ', '', 'us', ' AR ', ' Arrived'||chr(10), 'sort_arrived', '{}')
                    """,
                    logger: db.logger)
            }
            let event = try #require(try await EvaluationInputLoader(database: db).load(shipmentIDs: [id]).first?.events.first)
            #expect(event.location == EventLocation(city: "Chicago", countryCode: "US"))
            #expect(event.carrierCode == "AR")
            #expect(event.description == "Arrived")
        }
    }
}
