import CarrierFedEx
import CarrierUSPS
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("CSV import: good rows in, bad rows reported with line and reason")
struct ImportTests {
    static let header = "store,order_ref,carrier,tracking_number,shipped_at,ordered_at,customer_email,destination_postal_code,destination_country"

    /// A file mixing good and bad rows; the comment after each says what the importer must do.
    static let rows: [(line: String, rejection: String?)] = [
        ("default,A-1,ups,1Z999AA10123456784,2026-11-20,2026-11-18,ann@example.com,10001,US", nil),
        ("default,A-2,,797806677146,2026-11-20T10:00:00-05:00,,,,", nil),                        // carrier detected: FedEx
        ("default,A-3,usps,9400 1000 0000 0000 0000 13,,,,,us", nil),                            // spaces normalized
        ("default,A-4,royalmail,1Z999AA10123456784,,,,,", "unknown carrier 'royalmail'"),
        ("default,A-5,ups,1Z999AA10123456785,,,,,", "invalid tracking number"),                  // bad check digit
        ("default,A-6,dhl,1234567891,2026-13-45,,,,", "bad date in shipped_at"),
        ("default,A-7,dhl,1234567891,2026-11-20T10:00:00,,,,", "has a time but no UTC offset"),
        ("default,,dhl,1234567891,,,,,", "missing field: order_ref"),
        ("nowhere,A-9,dhl,1234567891,,,,,", "unknown store 'nowhere'"),
        ("default,A-10,,00001234567890123452,,,,,", "ambiguous tracking number"),               // USPS or FedEx
        ("default,A-11,dhl,1234567891,,,not-an-email,,", "invalid customer_email"),
        ("\"default\",\"A-12, with comma\",dhl,1234567891,,,,,", nil),                           // quoted fields
        ("default,A-13,,420 78745 9400 1112 0620 6406 2607 87,,,,,", nil),                      // label barcode: 420 + ZIP
    ]

    static func writeFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).csv").path
        let text = ([header] + rows.map(\.line)).joined(separator: "\r\n") + "\r\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func context() -> ShipwatchContext {
        var logger = Logger(label: "test.import")
        logger.logLevel = .critical
        return ShipwatchContext(config: AppConfig(), logger: logger)
    }

    @Test("a mixed file: every good row imported, every bad row reported with its line and reason; re-import adds nothing")
    func mixedFile() async throws {
        try await withTestDatabase { database in
            try await StoreRepository(database: database).upsert(key: "default", displayName: "Default", policy: StorePolicy.default)
            let file = try Self.writeFile()
            let action = ImportAction(context: Self.context(), batchSize: 3)
            let summary = try await action.importFile(file, database: database)
            let expectedRejections = Self.rows.enumerated().compactMap { index, row in row.rejection.map { (index + 2, $0) } }
            #expect(summary.rowsRead == Self.rows.count)
            #expect(summary.imported == Self.rows.count - expectedRejections.count)
            #expect(summary.rejected.map(\.line) == expectedRejections.map(\.0))
            for (rejected, expected) in zip(summary.rejected, expectedRejections) {
                #expect(rejected.reason.contains(expected.1), "line \(rejected.line): \(rejected.reason)")
            }
            let repository = ShipmentRepository(database: database)
            let fedEx = try await repository.find(trackingNumber: "797806677146")
            #expect(fedEx.first?.carrier == .fedex)
            #expect(fedEx.first?.shippedAt == Date(timeIntervalSince1970: 1_795_186_800))
            let usps = try await repository.find(trackingNumber: "9400100000000000000013")
            #expect(usps.first?.destinationCountry == "US")
            #expect(try await repository.find(store: "default", orderRef: "A-12, with comma").count == 1)
            let routed = try await repository.find(trackingNumber: "9400111206206406260787")
            #expect(routed.first?.carrier == .usps)
            #expect(routed.first?.printedNumber == "420787459400111206206406260787")

            let again = try await action.importFile(file, database: database)
            #expect(again.imported == 0)
            #expect(again.alreadyKnown == summary.imported)
            #expect(again.rejected.count == expectedRejections.count)
            #expect(try await repository.count() == summary.imported)
        }
    }

    @Test("the CLI exits 1 when a row was rejected and names the line on stderr")
    func cliExitCode() async throws {
        try await withTestDatabaseURL { url, _ in
            let environment = ["DATABASE_URL": url.description]
            let migrate = try await ShipwatchProcess.run(["migrate"], environment: environment)
            #expect(migrate.status == 0, "\(migrate.stderr)")
            let result = try await ShipwatchProcess.run(["shipments", "import", try Self.writeFile()], environment: environment)
            #expect(result.status == 1)
            #expect(result.stderr.contains("rejected line 5: unknown carrier 'royalmail'"), "\(result.stderr)")
            #expect(result.stdout.contains("imported 5"), "\(result.stdout)")
            // Looked up by what the label says, shown with both forms.
            let shown = try await ShipwatchProcess.run(["shipments", "show", "420 78745 9400111206206406260787"], environment: environment)
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(shown.stdout.contains("USPS 9400111206206406260787 (printed 420787459400111206206406260787)"), "\(shown.stdout)")
        }
    }

    @Test("a file without the required columns is refused whole")
    func missingColumns() async throws {
        try await withTestDatabase { database in
            try await StoreRepository(database: database).upsert(key: "default", displayName: "Default", policy: StorePolicy.default)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv").path
            try "store,carrier\ndefault,ups\n".write(toFile: path, atomically: true, encoding: .utf8)
            await #expect(throws: ShipwatchFailure.self) {
                _ = try await ImportAction(context: Self.context()).importFile(path, database: database)
            }
        }
    }
}
