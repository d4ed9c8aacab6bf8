import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("EventIngest")
struct EventIngestTests {
    /// Creates the default store and `count` shipments; returns their ids.
    static func shipments(_ count: Int, in db: Database) async throws -> [Int64] {
        try await StoreFixtures.createStore(in: db)
        let repository = ShipmentRepository(database: db)
        let rows = (0..<count).map { StoreFixtures.newShipment($0) }
        _ = try await repository.insert(rows)
        var ids: [Int64] = []
        for row in rows {
            ids.append(try #require(try await repository.find(trackingNumber: row.trackingNumber).first).id)
        }
        return ids
    }

    static let journey: [ScanEvent] = [
        StoreFixtures.scan(.labelCreated, code: "MP", hours: 0),
        StoreFixtures.scan(.accepted, code: "OR", hours: 5, sequence: 1),
        StoreFixtures.scan(.sortArrived, code: "AR", hours: 20, offsetHours: -6, city: "Chicago", region: "IL", sequence: 2),
        StoreFixtures.scan(.inTransit, code: "IT", hours: 30, sequence: 3),
    ]

    @Test func sameEventsTwiceAreInsertedOnce() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let first = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: Self.journey)])
            #expect(first == [IngestResult(shipmentID: id, eventsInserted: 4, eventsUpgraded: 0, previousStatus: nil, status: .inTransit)])
            #expect(first[0].statusChanged)

            let second = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: Self.journey)])
            #expect(second == [IngestResult(shipmentID: id, eventsInserted: 0, eventsUpgraded: 0, previousStatus: .inTransit, status: .inTransit)])
            #expect(!second[0].statusChanged)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id).count == 4)
        }
    }

    @Test func zoneShiftedDuplicateIsNotInserted() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let original = StoreFixtures.scan(.sortArrived, code: "AR", hours: 10, offsetHours: -5)
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [original])])

            // The same wall time printed again, but read in the wrong zone (an hour off in UTC) and less sure.
            var shifted = original
            shifted.utcOffsetSeconds = -6 * 3_600
            shifted.occurredAt = original.occurredAt.addingTimeInterval(3_600)
            shifted.zoneConfidence = .assumed
            #expect(shifted.identityKey == original.identityKey)
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [shifted])])
            #expect(result[0].eventsInserted == 0)
            #expect(result[0].eventsUpgraded == 0)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id) == [original])
        }
    }

    @Test func rewordedDuplicateIsNotInserted() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let original = StoreFixtures.scan(.sortArrived, code: "AR", hours: 10, description: "Arrived at Facility")
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [original])])

            var reworded = original
            reworded.description = "ARRIVED AT UPS FACILITY."
            reworded.location = EventLocation(city: "louisville ", region: "Kentucky", countryCode: "us")
            reworded.raw = #"{"code": "AR", "text": "ARRIVED AT UPS FACILITY."}"#
            #expect(reworded.identityKey == original.identityKey)
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [reworded])])
            #expect(result[0].eventsInserted == 0)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id) == [original])
        }
    }

    @Test func surerCopyReplacesAnAssumedZone() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            var assumed = StoreFixtures.scan(.customsInProgress, code: "CI", hours: 40, offsetHours: 0, confidence: .assumed)
            assumed.utcOffsetSeconds = nil
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [assumed])])

            var exact = assumed
            exact.utcOffsetSeconds = 3_600
            exact.occurredAt = assumed.occurredAt.addingTimeInterval(-3_600)
            exact.zoneConfidence = .exact
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [exact])])
            #expect(result[0].eventsInserted == 0)
            #expect(result[0].eventsUpgraded == 1)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id) == [exact])
            let shipment = try #require(try await ShipmentRepository(database: db).find(id: id))
            #expect(shipment.lastEventAt == exact.occurredAt)

            // The assumed copy again changes nothing.
            let again = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [assumed])])
            #expect(again[0].eventsUpgraded == 0)
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id) == [exact])
        }
    }

    @Test func derivedColumnsFollowTheTimeline() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let repository = ShipmentRepository(database: db)

            let info = StoreFixtures.scan(.info, code: "XX", hours: 31, description: "Weather delay notice sent")
            let unknown = StoreFixtures.scan(.unknown, code: "ZZ9", hours: 32)
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: Self.journey + [info, unknown])])
            var shipment = try #require(try await repository.find(id: id))
            #expect(shipment.status == .inTransit)  // info and unknown never override
            #expect(shipment.lastEventAt == unknown.occurredAt)  // but they are the newest scans
            #expect(shipment.deliveredAt == nil)

            let outForDelivery = StoreFixtures.scan(.outForDelivery, code: "OT", hours: 50, sequence: 4)
            let delivered = StoreFixtures.scan(.delivered, code: "KB", hours: 54, sequence: 5)
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [delivered, outForDelivery])])
            #expect(result[0].previousStatus == .inTransit)
            #expect(result[0].status == .delivered)
            shipment = try #require(try await repository.find(id: id))
            #expect(shipment.status == .delivered)
            #expect(shipment.deliveredAt == delivered.occurredAt)
            #expect(shipment.lastEventAt == delivered.occurredAt)

            // A late info scan after delivery moves last_event_at, not the status.
            let thanks = StoreFixtures.scan(.info, code: "SV", hours: 60, description: "Survey sent")
            let late = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [thanks])])
            #expect(!late[0].statusChanged)
            shipment = try #require(try await repository.find(id: id))
            #expect(shipment.status == .delivered)
            #expect(shipment.deliveredAt == delivered.occurredAt)
            #expect(shipment.lastEventAt == thanks.occurredAt)
            // Still due: the poller makes one confirming poll after a delivery scan, then retires the shipment.
            #expect(try await repository.dueCount(asOf: Date().addingTimeInterval(60)) == 1)
        }
    }

    @Test func olderScansArrivingLaterDoNotRewindTheStatus() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let delivered = StoreFixtures.scan(.delivered, code: "KB", hours: 54)
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [delivered])])
            let result = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: Self.journey)])
            #expect(result[0].eventsInserted == 4)
            #expect(result[0].status == .delivered)
            #expect(!result[0].statusChanged)
        }
    }

    @Test func onlyInfoScansGiveStatusUnknown() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let info = StoreFixtures.scan(.info, code: "NT", hours: 1)
            let result = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: id, events: [info])])
            #expect(result[0].status == .unknown)
            #expect(result[0].status == Timeline(events: [info]).derivedStatus)
        }
    }

    @Test func statusMatchesTimelineOnTies() async throws {
        try await withTestDatabase { db in
            let ids = try await Self.shipments(3, in: db)
            // Equal instants: the carrier sequence decides, then physical progress.
            let bySequence = [
                StoreFixtures.scan(.outForDelivery, code: "OT", hours: 10, sequence: 2),
                StoreFixtures.scan(.sortDeparted, code: "DP", hours: 10, sequence: 1),
            ]
            let byProgress = [
                StoreFixtures.scan(.delivered, code: "KB", hours: 10),
                StoreFixtures.scan(.outForDelivery, code: "OT", hours: 10),
            ]
            let infoLast = [
                StoreFixtures.scan(.customsHeld, code: "CH", hours: 10, sequence: 0),
                StoreFixtures.scan(.info, code: "IN", hours: 10, sequence: 1),
            ]
            let batch = zip(ids, [bySequence, byProgress, infoLast]).map { ShipmentIngest(shipmentID: $0, events: $1) }
            let results = try await EventIngest(database: db).ingest(batch)
            #expect(results.map(\.status) == [.outForDelivery, .delivered, .customsHeld])
            for (result, events) in zip(results, [bySequence, byProgress, infoLast]) {
                #expect(result.status == Timeline(events: events).derivedStatus)
                #expect(try await ShipmentRepository(database: db).events(shipmentID: result.shipmentID) == Timeline(events: events).events)
            }
        }
    }

    @Test func eventsRoundTripExactly() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let noWallTime = ScanEvent(
                occurredAt: StoreFixtures.referenceInstant.addingTimeInterval(7_200),
                localTime: nil, utcOffsetSeconds: nil, zoneConfidence: .assumed,
                location: EventLocation(), carrierCode: "", description: "Shipment information received",
                milestone: .labelCreated, raw: "<event code=''/>", carrierSequence: 0)
            let halfHourZone = ScanEvent(
                occurredAt: StoreFixtures.referenceInstant.addingTimeInterval(90_000),
                localTime: LocalDateTime(year: 2024, month: 11, day: 19, hour: 6, minute: 30, second: 59),
                utcOffsetSeconds: 19_800, zoneConfidence: .derived,
                location: EventLocation(city: "Mumbai", region: nil, postalCode: "400099", countryCode: "in"),
                carrierCode: "PU", description: "Processed at São Paulo — “Hub” ✈︎",
                milestone: .sortProcessed,
                raw: "{ \"b\": 2,\n  \"a\": [1, 2.50, null], \"ü\": \"\\u00fc\" }",
                carrierSequence: 7)
            let eastOfDateLine = StoreFixtures.scan(.customsReleased, code: "CR", hours: -6_600, offsetHours: 14, sequence: -1)
            let events = [halfHourZone, noWallTime, eastOfDateLine, StoreFixtures.scan(.exception, code: "X1", hours: 100)]
            _ = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: id, events: events)])
            let stored = try await ShipmentRepository(database: db).events(shipmentID: id)
            #expect(stored == Timeline(events: events).events)
            #expect(stored.first == eastOfDateLine)
            #expect(stored.contains(halfHourZone))
            #expect(stored.contains(noWallTime))
        }
    }

    @Test func snapshotFactsAreStoredAndKeptWhenNotResent() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let eta = try #require(LocalDateTime(year: 2024, month: 11, day: 25))
            _ = try await ingest.ingest([
                ShipmentIngest(
                    shipmentID: id, events: Self.journey, carrierStatus: "On the way", estimatedDelivery: eta,
                    service: "UPS Ground", originCountry: "US", destinationCountry: "FR", signedBy: nil)
            ])
            _ = try await ingest.ingest([
                ShipmentIngest(shipmentID: id, events: [], carrierStatus: "Delivered", signedBy: "DOE")
            ])
            let shipment = try #require(try await ShipmentRepository(database: db).find(id: id))
            #expect(shipment.estimatedDelivery == eta)
            #expect(shipment.destinationCountry == "DE")  // the store's own value wins
            let facts = try await db.withConnection { connection in
                try await connection.query(
                    "SELECT carrier_status, service, origin_country, signed_by FROM shipments WHERE id = \(id)",
                    logger: db.logger
                ).collect().map { try $0.decode((String?, String?, String?, String?).self) }
            }
            #expect(facts.first?.0 == "Delivered")
            #expect(facts.first?.1 == "UPS Ground")
            #expect(facts.first?.2 == "US")
            #expect(facts.first?.3 == "DOE")
        }
    }

    @Test func batchMergesRepeatedShipmentsAndKeepsOrder() async throws {
        try await withTestDatabase { db in
            let ids = try await Self.shipments(2, in: db)
            let batch = [
                ShipmentIngest(shipmentID: ids[1], events: [Self.journey[0]]),
                ShipmentIngest(shipmentID: ids[0], events: Self.journey),
                ShipmentIngest(shipmentID: ids[1], events: [Self.journey[0], Self.journey[1]], service: "Express"),
            ]
            let results = try await EventIngest(database: db).ingest(batch)
            #expect(results.map(\.shipmentID) == [ids[1], ids[0]])
            #expect(results.map(\.eventsInserted) == [2, 4])
            #expect(results.map(\.status) == [.accepted, .inTransit])
        }
    }

    @Test func unknownShipmentStoresNothing() async throws {
        try await withTestDatabase { db in
            let id = try await Self.shipments(1, in: db)[0]
            let batch = [
                ShipmentIngest(shipmentID: id, events: Self.journey),
                ShipmentIngest(shipmentID: 999_999, events: Self.journey),
            ]
            await #expect(throws: StoreError.unknownShipments([999_999])) {
                try await EventIngest(database: db).ingest(batch)
            }
            #expect(try await ShipmentRepository(database: db).events(shipmentID: id).isEmpty)
        }
    }

    @Test func emptyBatchDoesNothing() async throws {
        try await withTestDatabase { db in
            let results = try await EventIngest(database: db).ingest([])
            #expect(results.isEmpty)
        }
    }
}
