import Foundation
import ShipwatchAPI
import ShipwatchCore
import ShipwatchStore
import Testing

/// `GET /v1/trackings/{n}` reads the key and the shipment in one statement; it must answer exactly as the key
/// lookup followed by the store's read does.
@Suite("The key and the shipment read in one step")
struct KeyedTrackingReaderTests {
    @Test("the one-statement PostgreSQL reader agrees with a key lookup then a read, for every key and number")
    func agreesWithTheSequentialReader() async throws {
        try await withStorefront(.postgres) { harness in
            let dependencies = harness.dependencies
            #expect(dependencies.keyedTrackings is PostgresKeyedTrackingReader)
            let sequential = SequentialKeyedTrackingReader(keys: dependencies.keys, readModel: dependencies.readModel)
            let keyIDs = try [harness.charmsKey, harness.casesKey, harness.opsKey].map { text in
                try #require(APIKeyText(parsing: text)).keyID
            } + [APIKeyText.generate().keyID]
            let numbers = [TestWorld.upsNumber, TestWorld.uspsNumber, TestWorld.dhlNumber, TestWorld.freshUPSNumber]
            var shipmentsSeen = 0
            for keyID in keyIDs {
                for number in numbers {
                    let folded = try await dependencies.keyedTrackings.tracking(keyID: keyID, trackingNumber: number)
                    let reference = try await sequential.tracking(keyID: keyID, trackingNumber: number)
                    #expect(folded == reference, "key \(keyID), number \(number)")
                    if folded.tracking != nil { shipmentsSeen += 1 }
                }
            }
            // charms sees its UPS (three scans, a delay) and USPS (no scan yet) parcels, cases its DHL parcel; the
            // ops key (same store) is read too, and refused later by its scope.
            #expect(shipmentsSeen == 5)
            let ups = try await dependencies.keyedTrackings.tracking(
                keyID: try #require(APIKeyText(parsing: harness.charmsKey)).keyID, trackingNumber: TestWorld.upsNumber)
            #expect(ups.tracking?.events.count == 3)
            #expect(ups.tracking?.delay?.rule == "customs_stall")
            #expect(ups.key?.store == "charms")
        }
    }

    @Test("lookups arriving together share statements and each still gets its own answer")
    func concurrentLookupsShareStatements() async throws {
        try await withStorefront(.postgres) { harness in
            let dependencies = harness.dependencies
            let sequential = SequentialKeyedTrackingReader(keys: dependencies.keys, readModel: dependencies.readModel)
            let keyIDs = try [harness.charmsKey, harness.casesKey].map { try #require(APIKeyText(parsing: $0)).keyID }
                + [APIKeyText.generate().keyID]
            let numbers = [TestWorld.upsNumber, TestWorld.uspsNumber, TestWorld.dhlNumber, TestWorld.freshUPSNumber]
            let pairs = (0..<240).map { index in (keyIDs[index % keyIDs.count], numbers[(index / keyIDs.count) % numbers.count]) }
            var expected: [String: KeyedTracking] = [:]
            for (keyID, number) in pairs where expected["\(keyID)|\(number)"] == nil {
                expected["\(keyID)|\(number)"] = try await sequential.tracking(keyID: keyID, trackingNumber: number)
            }
            let reader = PostgresKeyedTrackingReader(
                database: try #require((dependencies.keyedTrackings as? PostgresKeyedTrackingReader)?.database),
                maxConcurrentBatches: 2, maxBatch: 16)
            let answers = try await withThrowingTaskGroup(of: (String, KeyedTracking).self) { group in
                for (keyID, number) in pairs {
                    group.addTask { ("\(keyID)|\(number)", try await reader.tracking(keyID: keyID, trackingNumber: number)) }
                }
                return try await group.reduce(into: [(String, KeyedTracking)]()) { $0.append($1) }
            }
            #expect(answers.count == pairs.count)
            for (pair, answer) in answers {
                #expect(answer == expected[pair], "\(pair)")
            }
        }
    }

    @Test("a revoked key reads as no key, and nothing of its store comes with it")
    func revokedKeyReadsNothing() async throws {
        try await withStorefront(.postgres) { harness in
            #expect(try await harness.revoke(harness.charmsKeyID))
            let keyID = try #require(APIKeyText(parsing: harness.charmsKey)).keyID
            let read = try await harness.dependencies.keyedTrackings.tracking(keyID: keyID, trackingNumber: TestWorld.upsNumber)
            #expect(read == KeyedTracking(key: nil, tracking: nil))
        }
    }
}
