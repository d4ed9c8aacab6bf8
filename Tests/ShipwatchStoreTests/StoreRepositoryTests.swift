import Foundation
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("StoreRepository")
struct StoreRepositoryTests {
    struct Policy: Codable, Equatable {
        var processingDays: Int
        var deliveryWindowDays: ClosedRange<Int>
        var compensation: String
    }

    @Test func upsertListAndExists() async throws {
        try await withTestDatabase { db in
            let stores = StoreRepository(database: db)
            #expect(try await stores.exists(key: "cases") == false)
            let policy = Policy(processingDays: 3, deliveryWindowDays: 6...12, compensation: "an extra phone case")
            try await stores.upsert(key: "cases", displayName: "Phone Cases", policy: policy)
            try await stores.upsert(key: "charms", displayName: "Shoe Charms", policyJSON: #"{"processingDays": 2}"#)
            #expect(try await stores.exists(key: "cases"))
            #expect(try await stores.list().map(\.key) == ["cases", "charms"])

            let stored = try #require(try await stores.find(key: "cases"))
            #expect(stored.displayName == "Phone Cases")
            #expect(try stored.policy(as: Policy.self) == policy)

            var changed = policy
            changed.processingDays = 5
            try await stores.upsert(key: "cases", displayName: "Cases & Co", policy: changed)
            let updated = try #require(try await stores.find(key: "cases"))
            #expect(updated.displayName == "Cases & Co")
            #expect(try updated.policy(as: Policy.self) == changed)
            #expect(updated.createdAt == stored.createdAt)
            #expect(try await stores.find(key: "missing") == nil)
        }
    }

    @Test func invalidPolicyJSONIsRejected() async throws {
        try await withTestDatabase { db in
            await #expect(throws: (any Error).self) {
                try await StoreRepository(database: db).upsert(key: "bad", displayName: "Bad", policyJSON: "{not json")
            }
            let stores = try await StoreRepository(database: db).list()
            #expect(stores.isEmpty)
        }
    }
}
