import Foundation

/// Forgiving readers for USPS fields: USPS sends numbers and booleans as strings, a list as a single
/// string, and `null` or nothing for fields it has no value for. A missing or `null` field is `nil`,
/// never an error; only a value of a clearly wrong kind (an object where text belongs) fails.
extension KeyedDecodingContainer {
    /// Text from a string, a number or a boolean; `nil` when the key is missing or `null`.
    func lenientText(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let whole = try? decode(Int.self, forKey: key) { return String(whole) }
        if let number = try? decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        throw DecodingError.typeMismatch(
            String.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected text, found an object or an array")
        )
    }

    /// A boolean from `true`/`false` or the strings "true"/"false" (also "Y"/"N", "1"/"0").
    /// An unreadable value is `nil` rather than an error: USPS flags never decide anything important.
    func lenientFlag(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag }
        if let whole = try? decode(Int.self, forKey: key) { return whole != 0 }
        guard let text = try? decode(String.self, forKey: key) else { return nil }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "y", "yes", "1": return true
        case "false", "n", "no", "0": return false
        default: return nil
        }
    }

    /// A number from a JSON number or a numeric string ("28799").
    func lenientNumber(_ key: Key) throws -> Double? {
        guard let text = try lenientText(key) else { return nil }
        return Double(text.trimmingCharacters(in: .whitespaces))
    }

    /// A list of texts from an array, or from a single string (USPS `services` comes both ways).
    func lenientTextList(_ key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let list = try? decode([String].self, forKey: key) { return list }
        if let single = try lenientText(key) { return [single] }
        return nil
    }
}
