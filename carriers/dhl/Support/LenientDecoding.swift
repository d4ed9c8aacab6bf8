import Foundation

/// Field readers that accept the type variations DHL answers show (numbers as strings and back,
/// a lone string where a list is documented). A missing or `null` field always reads as nil.
extension KeyedDecodingContainer {
    /// Text that may arrive as a JSON string, number or boolean (`"id": 4821009731` in old samples).
    func decodeLenientString(forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let integer = try? decode(Int.self, forKey: key) { return String(integer) }
        if let decimal = try? decode(Double.self, forKey: key) { return String(decimal) }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        throw DecodingError.typeMismatch(
            String.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected text or a number")
        )
    }

    /// A whole number that may arrive as numeric text; text that is not a number reads as nil.
    func decodeLenientInt(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let integer = try? decode(Int.self, forKey: key) { return integer }
        if let decimal = try? decode(Double.self, forKey: key), decimal.rounded() == decimal, abs(decimal) < 1e15 {
            return Int(decimal)
        }
        if let text = try? decode(String.self, forKey: key) {
            return Int(text.trimmingCharacters(in: .whitespaces))
        }
        throw DecodingError.typeMismatch(
            Int.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected a number or numeric text")
        )
    }

    /// A decimal number that may arrive as numeric text; text that is not a number reads as nil.
    func decodeLenientDouble(forKey key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let decimal = try? decode(Double.self, forKey: key) { return decimal }
        if let text = try? decode(String.self, forKey: key) {
            return Double(text.trimmingCharacters(in: .whitespaces))
        }
        throw DecodingError.typeMismatch(
            Double.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected a number or numeric text")
        )
    }

    /// A yes/no value that may arrive as a boolean, 0/1 or the words "true"/"false"; other text reads as nil.
    func decodeLenientBool(forKey key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag }
        if let number = try? decode(Int.self, forKey: key) { return number != 0 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "yes", "y", "1": return true
            case "false", "no", "n", "0": return false
            default: return nil
            }
        }
        throw DecodingError.typeMismatch(
            Bool.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected a boolean")
        )
    }

    /// A list of texts that may arrive as a single text (or number) instead of an array.
    func decodeLenientStringList(forKey key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let list = try? decode([String].self, forKey: key) { return list }
        if var items = try? nestedUnkeyedContainer(forKey: key) {
            var texts: [String] = []
            while !items.isAtEnd {
                if try items.decodeNil() { continue }
                if let text = try? items.decode(String.self) {
                    texts.append(text)
                } else if let integer = try? items.decode(Int.self) {
                    texts.append(String(integer))
                } else {
                    throw DecodingError.typeMismatch(
                        String.self,
                        DecodingError.Context(codingPath: items.codingPath, debugDescription: "expected a list of texts")
                    )
                }
            }
            return texts
        }
        return try decodeLenientString(forKey: key).map { [$0] }
    }
}
