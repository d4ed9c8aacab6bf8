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
