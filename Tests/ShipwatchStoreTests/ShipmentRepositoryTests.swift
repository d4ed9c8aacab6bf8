import CarrierDHL
import CarrierUPS
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("ShipmentRepository")
struct ShipmentRepositoryTests {
    @Test func batchInsertThenReinsertAddsNothing() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let repository = ShipmentRepository(database: db)
            let rows = (0..<250).map { StoreFixtures.newShipment($0, sparse: $0.isMultiple(of: 3)) }
            #expect(try await repository.insert(rows) == 250)
            #expect(try await repository.insert(rows) == 0)
            #expect(try await repository.count() == 250)

            // A re-import mixing known and new rows inserts only the new ones.
            let more = (200..<300).map { StoreFixtures.newShipment($0) }
            #expect(try await repository.insert(more) == 50)
            #expect(try await repository.count(store: "default") == 300)
        }
    }

    @Test func duplicatesWithinOneBatchCountOnce() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let row = StoreFixtures.newShipment(1)
            #expect(try await ShipmentRepository(database: db).insert([row, row, row]) == 1)
        }
    }

    @Test func insertCrossesChunkBoundariesInOneTransaction() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let repository = ShipmentRepository(database: db)
            let size = ShipmentRepository.insertChunkSize * 2 + 17
            let rows = (0..<size).map { StoreFixtures.newShipment($0) }
            #expect(try await repository.insert(rows) == size)
            #expect(try await repository.insert(rows) == 0)
            #expect(try await repository.count() == size)
        }
    }

    @Test func unknownStoreInsertsNothing() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let repository = ShipmentRepository(database: db)
            let rows = [StoreFixtures.newShipment(1), StoreFixtures.newShipment(2, store: "nope")]
            await #expect(throws: StoreError.unknownStores(["nope"])) { try await repository.insert(rows) }
            #expect(try await repository.count() == 0)
        }
    }

    @Test func insertedFieldsReadBackExactly() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let repository = ShipmentRepository(database: db)
            var full = StoreFixtures.newShipment(7)
            full.printedNumber = "4201011" + full.trackingNumber
            let sparse = StoreFixtures.newShipment(8, carrier: .dhl, sparse: true)
            let before = Date()
            #expect(try await repository.insert([full, sparse]) == 2)

            let found = try #require(try await repository.find(trackingNumber: full.trackingNumber).first)
            #expect(found.store == "default")
            #expect(found.orderRef == full.orderRef)
            #expect(found.carrier == .ups)
            #expect(found.trackingNumber == full.trackingNumber)
            #expect(found.printedNumber == full.printedNumber)
            #expect(found.orderedAt == full.orderedAt)
            #expect(found.shippedAt == full.shippedAt)
            #expect(found.customerEmail == full.customerEmail)
            #expect(found.destinationPostalCode == "10115")
            #expect(found.destinationCountry == "DE")
            #expect(found.status == nil)
            #expect(found.lastEventAt == nil)
            #expect(found.estimatedDelivery == nil)
            #expect(found.deliveredAt == nil)
            #expect(found.createdAt > before.addingTimeInterval(-60))

            let bare = try #require(try await repository.find(trackingNumber: sparse.trackingNumber).first)
            #expect(bare.carrier == .dhl)
            #expect(bare.orderedAt == nil && bare.shippedAt == nil && bare.customerEmail == nil)
            #expect(bare.destinationPostalCode == nil && bare.destinationCountry == nil)
            #expect(bare.printedNumber == nil)

            #expect(try await repository.find(id: found.id) == found)
            #expect(try await repository.find(id: -1) == nil)
            #expect(try await repository.find(store: "default", orderRef: full.orderRef) == [found])
        }
    }

    @Test func sameTrackingNumberInTwoStores() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore("default", in: db)
            try await StoreFixtures.createStore("charms", in: db)
            let repository = ShipmentRepository(database: db)
            let rows = [StoreFixtures.newShipment(1), StoreFixtures.newShipment(1, store: "charms")]
            #expect(try await repository.insert(rows) == 2)
            let found = try await repository.find(trackingNumber: rows[0].trackingNumber)
            #expect(Set(found.map(\.store)) == ["default", "charms"])
        }
    }

    @Test func newShipmentsAreDueAtOnce() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let repository = ShipmentRepository(database: db)
            _ = try await repository.insert((0..<5).map { StoreFixtures.newShipment($0) })
            #expect(try await repository.dueCount(asOf: Date().addingTimeInterval(60)) == 5)
            #expect(try await repository.dueCount(asOf: Date().addingTimeInterval(-3_600)) == 0)
        }
    }

    @Test func listPagesNewestFirst() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            try await StoreFixtures.createStore("other", in: db)
            let repository = ShipmentRepository(database: db)
            _ = try await repository.insert((0..<7).map { StoreFixtures.newShipment($0) })
            _ = try await repository.insert([StoreFixtures.newShipment(100, store: "other")])
            let first = try await repository.list(store: "default", limit: 3)
            #expect(first.map(\.orderRef) == ["ORDER-6", "ORDER-5", "ORDER-4"])
            let second = try await repository.list(store: "default", limit: 3, beforeID: first.last?.id)
            #expect(second.map(\.orderRef) == ["ORDER-3", "ORDER-2", "ORDER-1"])
            let third = try await repository.list(store: "default", limit: 3, beforeID: second.last?.id)
            #expect(third.map(\.orderRef) == ["ORDER-0"])
            await #expect(throws: StoreError.self) { try await repository.list(store: "default", limit: 0) }
        }
    }
}
