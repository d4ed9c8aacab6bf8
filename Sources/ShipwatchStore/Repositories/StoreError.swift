/// Errors of the repositories that are about the data, not the connection.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Shipments named stores that do not exist (add them to the configuration first).
    case unknownStores([String])
    /// An ingest named shipment ids that do not exist.
    case unknownShipments([Int64])
    /// A stored value that the model cannot represent (edited by hand, or written by a newer Shipwatch).
    case unreadableValue(table: String, column: String, value: String)
    /// A caller passed an argument the query cannot use.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownStores(let keys):
            "unknown store\(keys.count == 1 ? "" : "s") \(keys.map { "'\($0)'" }.joined(separator: ", ")); "
                + "define \(keys.count == 1 ? "it" : "them") in the configuration first"
        case .unknownShipments(let ids):
            "unknown shipment id\(ids.count == 1 ? "" : "s") \(ids.map(String.init).joined(separator: ", "))"
        case .unreadableValue(let table, let column, let value):
            "\(table).\(column) holds '\(value)', which this build cannot read"
        case .invalidArgument(let reason):
            "invalid argument: \(reason)"
        }
    }
}
