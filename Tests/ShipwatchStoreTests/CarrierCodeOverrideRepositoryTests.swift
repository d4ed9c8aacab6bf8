import CarrierDHL
import CarrierUPS
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("CarrierCodeOverrideRepository")
struct CarrierCodeOverrideRepositoryTests {
    @Test func setListAndDelete() async throws {
        try await withTestDatabase { db in
            let overrides = CarrierCodeOverrideRepository(database: db)
            #expect(try await overrides.list().isEmpty)
            try await overrides.set(CarrierCodeOverride(carrier: .ups, code: "X7", milestone: .customsHeld, note: "ticket 12"))
            try await overrides.set(CarrierCodeOverride(carrier: .dhl, code: "PL", milestone: .sortProcessed))
            try await overrides.set(CarrierCodeOverride(carrier: .ups, code: "X7", milestone: .customsInProgress))
            let all = try await overrides.list()
            #expect(all == [
                CarrierCodeOverride(carrier: .dhl, code: "PL", milestone: .sortProcessed),
                CarrierCodeOverride(carrier: .ups, code: "X7", milestone: .customsInProgress),
            ])
            #expect(try await overrides.list(carrier: .ups).map(\.code) == ["X7"])
            #expect(try await overrides.delete(carrier: .ups, code: "X7"))
            #expect(try await overrides.delete(carrier: .ups, code: "X7") == false)
            #expect(try await overrides.list().map(\.carrier) == [.dhl])
        }
    }

    @Test func unmappedCodesListsUnknownScansUntilOverridden() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let shipments = ShipmentRepository(database: db)
            _ = try await shipments.insert([StoreFixtures.newShipment(1), StoreFixtures.newShipment(2)])
            let ids = try await shipments.list(store: "default", limit: 10).map(\.id)
            let batch = ids.map { id in
                ShipmentIngest(shipmentID: id, events: [
                    StoreFixtures.scan(.unknown, code: "Q9", hours: 1, description: "Held at origin"),
                    StoreFixtures.scan(.inTransit, code: "IT", hours: 2),
                ])
            }
            _ = try await EventIngest(database: db).ingest(batch)

            let overrides = CarrierCodeOverrideRepository(database: db)
            let unmapped = try await overrides.unmappedCodes()
            #expect(unmapped.count == 1)
            #expect(unmapped.first?.carrier == .ups)
            #expect(unmapped.first?.code == "Q9")
            #expect(unmapped.first?.occurrences == 2)
            #expect(unmapped.first?.shipments == 2)
            #expect(unmapped.first?.sampleDescription == "Held at origin")

            try await overrides.set(CarrierCodeOverride(carrier: .ups, code: "Q9", milestone: .delayed))
            #expect(try await overrides.unmappedCodes().isEmpty)
        }
    }
}
