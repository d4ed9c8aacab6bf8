import Foundation

/// The JSON encoder of every response: sorted keys (stable bytes, so stable ETags), no escaped slashes.
enum JSONCoding {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
