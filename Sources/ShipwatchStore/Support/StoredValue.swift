/// Reads a text column into one of Core's closed enums (carrier, rule, severity…); a value the enum does not know
/// is a ``StoreError/unreadableValue(table:column:value:)`` naming where it was found.
enum StoredValue {
    static func decode<Value: RawRepresentable>(
        _ type: Value.Type, _ text: String, table: String, column: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw StoreError.unreadableValue(table: table, column: column, value: text)
        }
        return value
    }
}
