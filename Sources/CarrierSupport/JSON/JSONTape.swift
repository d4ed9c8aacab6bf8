import ShipwatchCore

/// One JSON document read once into a flat list of values ("tape"), each value knowing its byte range in the
/// received body: typed decoding (`JSONTapeDecoder`) and raw fragments (`JSONNode.jsonText`) both read this one
/// parse, and a fragment is a slice of the bytes as received instead of a re-serialization.
///
/// Layout: a container's members follow it on the tape (an object's as name, value, name, value…); every value
/// records the tape position just past its own subtree, so siblings are reached without walking children.
public final class JSONTape: Sendable {
    /// The value kinds of JSON.
    public enum Kind: UInt8, Sendable {
        case null, bool, number, string, array, object
    }

    /// One value on the tape.
    struct Entry: Sendable {
        var kind: Kind
        /// A string with a backslash escape (must be unescaped), or a number with a fraction or exponent.
        var isComplex: Bool
        /// For `bool`, its value.
        var flag: Bool
        /// Byte range of the value's text (strings include their quotes).
        var start: Int
        var end: Int
        /// The tape position just past this value's subtree.
        var after: Int
        /// Members of an object (name/value pairs) or items of an array.
        var count: Int
    }

    /// The body as received.
    let bytes: [UInt8]
    let entries: [Entry]

    /// Parses UTF-8 JSON text (RFC 8259; a leading byte-order mark is skipped), nested at most 512 levels.
    public init(parsing bytes: [UInt8]) throws(JSONFragmentParseError) {
        var reader = JSONTapeReader(bytes: bytes)
        try reader.readDocument()
        self.bytes = bytes
        self.entries = reader.entries
    }

    /// The document's root value.
    public var root: JSONNode { JSONNode(tape: self, index: 0) }

    /// The text of a string entry (unescaped); nil for other kinds.
    func string(at index: Int) -> String? {
        let entry = entries[index]
        guard entry.kind == .string else { return nil }
        if !entry.isComplex {
            return String(decoding: bytes[(entry.start + 1)..<(entry.end - 1)], as: UTF8.self)
        }
        return JSONStringUnescaper.unescape(bytes[(entry.start + 1)..<(entry.end - 1)])
    }

    /// True when the string entry at `index` spells `key` exactly (after unescaping).
    func stringEquals(_ index: Int, _ key: String) -> Bool {
        let entry = entries[index]
        guard !entry.isComplex else { return string(at: index) == key }
        let length = entry.end - entry.start - 2
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == length else { return false }
            var offset = entry.start + 1
            for byte in utf8 {
                if bytes[offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }

    /// The value of an object's member named `key` (the last one when a name repeats), or nil.
    func member(of index: Int, named key: String) -> Int? {
        let entry = entries[index]
        guard entry.kind == .object else { return nil }
        var found: Int?
        var position = index + 1
        for _ in 0..<entry.count {
            if stringEquals(position, key) { found = position + 1 }
            position = entries[position + 1].after
        }
        return found
    }

    /// Tape positions of an array's items, or of an object's member values.
    func children(of index: Int) -> [Int] {
        let entry = entries[index]
        var result: [Int] = []
        result.reserveCapacity(entry.count)
        var position = index + 1
        switch entry.kind {
        case .array:
            for _ in 0..<entry.count {
                result.append(position)
                position = entries[position].after
            }
        case .object:
            for _ in 0..<entry.count {
                result.append(position + 1)
                position = entries[position + 1].after
            }
        default:
            break
        }
        return result
    }

    /// An object's members as (name position, value position) pairs.
    func members(of index: Int) -> [(name: Int, value: Int)] {
        let entry = entries[index]
        guard entry.kind == .object else { return [] }
        var result: [(name: Int, value: Int)] = []
        result.reserveCapacity(entry.count)
        var position = index + 1
        for _ in 0..<entry.count {
            result.append((position, position + 1))
            position = entries[position + 1].after
        }
        return result
    }

    /// The number of a number entry; nil for other kinds (and for a spelling `Double` cannot hold, which the
    /// grammar check makes impossible in practice).
    func double(at index: Int) -> Double? {
        let entry = entries[index]
        guard entry.kind == .number else { return nil }
        if !entry.isComplex, let whole = integer(at: index), whole.magnitude < (1 << 53) { return Double(whole) }
        return Double(String(decoding: bytes[entry.start..<entry.end], as: UTF8.self))
    }

    /// The number of an integer-spelled number entry when it fits an `Int64`; nil otherwise.
    func integer(at index: Int) -> Int64? {
        let entry = entries[index]
        guard entry.kind == .number, !entry.isComplex else { return nil }
        var position = entry.start
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value: Int64 = 0
        while position < entry.end {
            let digit = Int64(bytes[position] &- UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (added, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { return nil }
            value = added
            position += 1
        }
        return value
    }

    /// The value's text as received with the whitespace between tokens removed (compact JSON, members in the
    /// carrier's order, strings and numbers spelled as sent).
    func compactText(at index: Int) -> String {
        let entry = entries[index]
        let slice = bytes[entry.start..<entry.end]
        guard entry.kind == .array || entry.kind == .object else { return String(decoding: slice, as: UTF8.self) }
        var needsCompaction = false
        var inString = false
        var escaped = false
        for byte in slice {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                needsCompaction = true
                break
            }
        }
        guard needsCompaction else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        inString = false
        escaped = false
        for byte in slice {
            if inString {
                output.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                continue
            } else {
                if byte == UInt8(ascii: "\"") { inString = true }
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as a schema-less `JSONFragment`.
    func fragment(at index: Int) -> JSONFragment {
        let entry = entries[index]
        switch entry.kind {
        case .null: return .null
        case .bool: return .bool(entry.flag)
        case .number: return .number(double(at: index) ?? 0)
        case .string: return .string(string(at: index) ?? "")
        case .array: return .array(children(of: index).map(fragment(at:)))
        case .object:
            var object: [String: JSONFragment] = [:]
            for member in members(of: index) {
                object[string(at: member.name) ?? ""] = fragment(at: member.value)
            }
            return .object(object)
        }
    }
}
