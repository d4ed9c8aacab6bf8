import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// What an import did.
public struct ImportSummary: Sendable, Hashable {
    /// Data rows read (the header excluded).
    public var rowsRead = 0
    /// Rows that became new shipments.
    public var imported = 0
    /// Valid rows whose shipment was already known (re-import, or a repeated row).
    public var alreadyKnown = 0
    public var rejected: [RejectedRow] = []

    public init() {}
}

/// `shipwatch shipments import FILE.csv`: streams the file, validates each row, inserts the good ones in
/// batches, and reports every bad row with its line number and reason.
public struct ImportAction: Sendable {
    public var context: ShipwatchContext
    /// Rows per insert transaction.
    public var batchSize: Int

    public init(context: ShipwatchContext, batchSize: Int = 20_000) {
        self.context = context
        self.batchSize = batchSize
    }

    public func run(file: String) async throws -> ImportSummary {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ShipwatchFailure.fileAccess(path: file, reason: "cannot read it")
        }
        return try await context.withDatabase { database in
            try await importFile(file, database: database)
        }
    }

    /// Imports into an open database (also used by tests and the demo).
    public func importFile(_ file: String, database: Database) async throws -> ImportSummary {
        let stores = Set(try await StoreRepository(database: database).list().map(\.key))
        let validator = ShipmentRowValidator(knownStores: stores)
        let repository = ShipmentRepository(database: database)
        var summary = ImportSummary()
        var stream: CSVRecordStream
        do {
            stream = try CSVRecordStream(path: file)
        } catch {
            throw ShipwatchFailure.rejectedInput("\(error)")
        }
        let columns: ShipmentCSVColumns
        do {
            guard let header = try stream.next() else { throw ShipmentImportError.emptyFile }
            columns = try ShipmentCSVColumns(header: header.fields)
        } catch {
            throw ShipwatchFailure.fileAccess(path: file, reason: "\(error)")
        }
        var pending: [NewShipment] = []
        pending.reserveCapacity(batchSize)
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let inserted = try await repository.insert(pending)
            summary.imported += inserted
            summary.alreadyKnown += pending.count - inserted
            pending.removeAll(keepingCapacity: true)
        }
        do {
            while let record = try stream.next() {
                summary.rowsRead += 1
                switch validator.validate(record, columns: columns) {
                case .success(let shipment): pending.append(shipment)
                case .failure(let rejected): summary.rejected.append(rejected)
                }
                if pending.count >= batchSize { try await flush() }
            }
        } catch let error as CSVReadError {
            try await flush()
            throw ShipwatchFailure.fileAccess(path: file, reason: "\(error) (rows before it were imported)")
        }
        try await flush()
        context.logger.info(
            "import finished",
            metadata: [
                LogKey.importFile: "\(file)", LogKey.importRows: "\(summary.rowsRead)", LogKey.importImported: "\(summary.imported)",
                LogKey.importAlreadyKnown: "\(summary.alreadyKnown)", LogKey.importRejected: "\(summary.rejected.count)",
            ]
        )
        return summary
    }
}
