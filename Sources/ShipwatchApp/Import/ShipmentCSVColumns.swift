import Foundation

/// The columns of a shipments CSV, located by header name (any order; extra columns are ignored).
public struct ShipmentCSVColumns: Sendable {
    /// The header names, in the documented order.
    public static let names = [
        "store", "order_ref", "carrier", "tracking_number", "shipped_at", "ordered_at",
        "customer_email", "destination_postal_code", "destination_country",
    ]
    /// Columns every file must have; the others may be absent.
    public static let required: Set<String> = ["store", "order_ref", "tracking_number"]

    private let indexByName: [String: Int]

    /// Reads the header record; throws naming the required columns it lacks.
    public init(header: [String]) throws(ShipmentImportError) {
        var indexByName: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if indexByName[key] == nil { indexByName[key] = index }
        }
        let missing = Self.required.subtracting(indexByName.keys).sorted()
        guard missing.isEmpty else { throw .missingColumns(missing) }
        self.indexByName = indexByName
    }

    /// The trimmed value of `column` in `fields`, or nil when absent or empty.
    public func value(_ column: String, in fields: [String]) -> String? {
        guard let index = indexByName[column], index < fields.count else { return nil }
        let value = fields[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }
}

/// Why a whole import could not run.
public enum ShipmentImportError: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyFile
    case missingColumns([String])

    public var description: String {
        switch self {
        case .emptyFile: "the file has no header row"
        case .missingColumns(let names): "the header lacks required column(s): \(names.joined(separator: ", "))"
        }
    }
}
