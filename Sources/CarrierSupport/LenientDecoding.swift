import Foundation
import ShipwatchCore

/// Field readers for the loose typing carrier answers show: numbers sent as text and text sent as numbers,
/// booleans as "true"/"Y"/1, a lone value where a list is documented.
///
/// Every reader returns nil for a missing key or a JSON `null`. Text of the right kind that does not read as the
/// value (a count of "n/a") is nil too: one unreadable field never costs the event around it. A value of a clearly
/// wrong shape (an object or array where text belongs) throws, so the caller can report the field path.
/// Numeric conversions are checked: no carrier value can trap (`"1e20"` is not an `Int`, it is nil).
extension KeyedDecodingContainer {
    /// Text from a string, a number or a boolean; a whole number reads without a trailing ".0".
    public func lenientString(_ key: Key) throws -> String? {
        switch try decodeIfPresent(LenientScalar.self, forKey: key) {
        case nil, .null?: return nil
        case .text(let text)?: return text
        case .integer(let whole)?: return String(whole)
        case .number(let number)?: return LenientNumberText.render(number)
        case .flag(let flag)?: return flag ? "true" : "false"
        case .container?: throw wrongShape(String.self, key, "expected text, a number or a boolean")
        }
    }

    /// A whole number from a JSON number or numeric text ("2", "2.0", "1e3"); nil when it is not exactly an `Int`.
    public func lenientInt(_ key: Key) throws -> Int? {
        switch try decodeIfPresent(LenientScalar.self, forKey: key) {
        case nil, .null?: return nil
        case .integer(let whole)?: return whole
        // Int(exactly:) is nil for a fraction, NaN, infinity or a value past Int's range ("1e20").
        case .number(let number)?: return Int(exactly: number)
        case .text(let text)?:
            let trimmed = text.trimmingSpaces()
            if let whole = Int(trimmed) { return whole }
            return Double(trimmed).flatMap { Int(exactly: $0) }
        case .flag?, .container?: throw wrongShape(Int.self, key, "expected a number or numeric text")
        }
    }

    /// A decimal number from a JSON number or numeric text ("28799"); nil for text that is not a number.
    ///
    /// The value may be infinite or huge ("inf", "1e30"): callers converting it further must check it.
    public func lenientDouble(_ key: Key) throws -> Double? {
        switch try decodeIfPresent(LenientScalar.self, forKey: key) {
        case nil, .null?: return nil
        case .integer(let whole)?: return Double(whole)
        case .number(let number)?: return number.isFinite ? number : nil
        case .text(let text)?: return Double(text.trimmingSpaces())
        case .flag?, .container?: throw wrongShape(Double.self, key, "expected a number or numeric text")
        }
    }

    /// A boolean from `true`/`false`, 1/0 or the words "true"/"false", "yes"/"no", "Y"/"N", "1"/"0";
    /// nil for any other number or word.
    public func lenientBool(_ key: Key) throws -> Bool? {
        switch try decodeIfPresent(LenientScalar.self, forKey: key) {
        case nil, .null?: return nil
        case .flag(let flag)?: return flag
        case .integer(let whole)?: return whole == 1 ? true : whole == 0 ? false : nil
        case .number(let number)?: return number == 1 ? true : number == 0 ? false : nil
        case .text(let text)?: return LenientFlag.word(text)
        case .container?: throw wrongShape(Bool.self, key, "expected a boolean")
        }
    }

    /// A list of texts, also when the carrier sent a single text (or number) instead of an array;
    /// `null` items are left out.
    public func lenientStringList(_ key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let items = try? decode([LenientScalar].self, forKey: key) {
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                switch item {
                case .null: continue
                case .text(let text): texts.append(text)
                case .integer(let whole): texts.append(String(whole))
                case .number, .flag, .container:
                    throw DecodingError.typeMismatch(
                        String.self,
                        DecodingError.Context(codingPath: codingPath + [key, ListIndexKey(index)], debugDescription: "expected a list of texts")
                    )
                }
            }
            return texts
        }
        return try lenientString(key).map { [$0] }
    }

    /// A list, also when the carrier sent a single element instead of an array.
    ///
    /// An array with a broken element throws that element's error (with its index in the path).
    public func lenientList<Element: Decodable>(_ key: Key, of type: Element.Type = Element.self) throws -> [Element]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        do {
            return try decode([Element].self, forKey: key)
        } catch let DecodingError.typeMismatch(expected, context) where context.codingPath.count == codingPath.count + 1 {
            // The value itself is not an array: accept one element standing alone.
            if let single = try? decode(Element.self, forKey: key) { return [single] }
            throw DecodingError.typeMismatch(expected, context)
        }
    }

    private func wrongShape(_ type: Any.Type, _ key: Key, _ expectation: String) -> DecodingError {
        DecodingError.typeMismatch(type, DecodingError.Context(codingPath: codingPath + [key], debugDescription: expectation))
    }
}

/// Number-to-text rendering without a trailing ".0" for whole values.
public enum LenientNumberText {
    /// "3" for 3.0, "3.5" for 3.5, "1e+20" for 1e20.
    public static func render(_ number: Double) -> String {
        // `magnitude`, not `abs`: abs(Int.min) traps, and -2⁶³ is a Double a carrier body can carry.
        if let whole = Int(exactly: number), whole.magnitude < 1_000_000_000_000_000 { return String(whole) }
        return String(number)
    }
}

/// An array position as a coding key ("Index N", as Foundation spells it).
private struct ListIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
