import Foundation
import ShipwatchCore

/// Decoding helpers for the loose typing UPS answers show: numbers sent as strings and strings sent as
/// numbers, booleans as "true"/"Y", and lists that sometimes arrive as a single object.
///
/// Every helper returns nil for a missing key or a JSON `null`; a value of a genuinely wrong shape
/// (an object where text belongs) still throws, so the caller can report the field path.
extension KeyedDecodingContainer {
    /// Text from a string, a number or a boolean.
    func lenientString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let whole = try? decode(Int.self, forKey: key) { return String(whole) }
        if let number = try? decode(Double.self, forKey: key) { return UPSNumberText.render(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        return try decode(String.self, forKey: key)
    }

    /// A whole number from a number or from digits in a string.
    func lenientInt(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let whole = try? decode(Int.self, forKey: key) { return whole }
        if let text = try? decode(String.self, forKey: key) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            if let whole = Int(trimmed) { return whole }
            // Int(exactly:) is nil for a fraction, NaN, infinity or a value past Int's range ("1e20").
            if let number = Double(trimmed), let whole = Int(exactly: number) { return whole }
        }
        if let number = try? decode(Double.self, forKey: key), let whole = Int(exactly: number) { return whole }
        return try decode(Int.self, forKey: key)
    }

    /// A boolean from `true`/`false`, "true"/"false", "Y"/"N" or 1/0.
    func lenientBool(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag }
        if let text = try? decode(String.self, forKey: key) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "y", "yes", "1": return true
            case "false", "n", "no", "0": return false
            case "": return nil
            default: break
            }
        }
        if let whole = try? decode(Int.self, forKey: key), whole == 0 || whole == 1 { return whole == 1 }
        return try decode(Bool.self, forKey: key)
    }

    /// A list, also when the carrier sent a single element instead of an array.
    ///
    /// An array with a broken element throws that element's error (with its index in the path).
    func lenientList<Element: Decodable>(_ key: Key, of type: Element.Type = Element.self) throws -> [Element]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        do {
            return try decode([Element].self, forKey: key)
        } catch let DecodingError.typeMismatch(expected, context) where context.codingPath.count == codingPath.count + 1 {
            // The value itself is not an array: accept one element standing alone.
            if let single = try? decode(Element.self, forKey: key) { return [single] }
            throw DecodingError.typeMismatch(expected, context)
        }
    }
}

/// Number-to-text rendering without a trailing ".0" for whole values.
enum UPSNumberText {
    static func render(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
