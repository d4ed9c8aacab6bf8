import ShipwatchCore

/// The single pass that fills a `JSONTape`: a recursive-descent reader over UTF-8 bytes (RFC 8259) that checks
/// the grammar and records each value's kind and byte range without building strings or numbers.
struct JSONTapeReader {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var entries: [JSONTape.Entry] = []
    private static let maximumDepth = 512

    init(bytes: [UInt8]) {
        self.bytes = bytes
        entries.reserveCapacity(bytes.count / 12)
    }

    mutating func readDocument() throws(JSONFragmentParseError) {
        skipWhitespace()
        if index + 3 <= bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3 }
        try readValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the value") }
    }

    private func fail(_ reason: String) -> JSONFragmentParseError {
        JSONFragmentParseError(offset: index, reason: reason)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func append(_ kind: JSONTape.Kind, start: Int, isComplex: Bool = false, flag: Bool = false) {
        entries.append(JSONTape.Entry(kind: kind, isComplex: isComplex, flag: flag, start: start, end: index, after: entries.count + 1, count: 0))
    }

    private mutating func readValue(depth: Int) throws(JSONFragmentParseError) {
        guard depth < Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
        skipWhitespace()
        guard index < bytes.count else { throw fail("unexpected end of input") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try readObject(depth: depth)
        case UInt8(ascii: "["): try readArray(depth: depth)
        case UInt8(ascii: "\""):
            let escaped = try readString()
            append(.string, start: start, isComplex: escaped)
        case UInt8(ascii: "t"): try expectLiteral("true"); append(.bool, start: start, flag: true)
        case UInt8(ascii: "f"): try expectLiteral("false"); append(.bool, start: start, flag: false)
        case UInt8(ascii: "n"): try expectLiteral("null"); append(.null, start: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let fractional = try readNumber()
            append(.number, start: start, isComplex: fractional)
        default: throw fail("unexpected character")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONFragmentParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("unknown literal") }
        let base = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != base[offset] {
            throw fail("unknown literal")
        }
        index += count
    }

    /// Appends the container's entry first, its members after it, then completes its range, count and end.
    private mutating func readObject(depth: Int) throws(JSONFragmentParseError) {
        let position = entries.count
        let start = index
        append(.object, start: start)
        index += 1
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(position, count: count)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
            let nameStart = index
            let escaped = try readString()
            append(.string, start: nameStart, isComplex: escaped)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            index += 1
            try readValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input in an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                close(position, count: count)
                return
            }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func readArray(depth: Int) throws(JSONFragmentParseError) {
        let position = entries.count
        append(.array, start: index)
        index += 1
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(position, count: count)
            return
        }
        while true {
            try readValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input in an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                close(position, count: count)
                return
            }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func close(_ position: Int, count: Int) {
        entries[position].end = index
        entries[position].after = entries.count
        entries[position].count = count
    }

    /// Checks a string (escapes included, `\u` surrogates paired) and moves past it; true when it has escapes.
    private mutating func readString() throws(JSONFragmentParseError) -> Bool {
        index += 1
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return escaped
            }
            if byte < 0x20 { throw fail("control character in a string") }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
                guard index < bytes.count else { throw fail("unexpected end of input in an escape") }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    index += 1
                    let code = try readHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate")
                        }
                        index += 2
                        let low = try readHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw fail("unpaired surrogate")
                    }
                default:
                    throw fail("invalid escape")
                }
                continue
            }
            index += 1
        }
        throw fail("unterminated string")
    }

    private mutating func readHex4() throws(JSONFragmentParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("short \\u escape") }
        guard let value = JSONStringUnescaper.hex4(bytes[index..<(index + 4)]) else { throw fail("invalid hex digit") }
        index += 4
        return value
    }

    /// Moves past a number; true when it has a fraction or an exponent.
    private mutating func readNumber() throws(JSONFragmentParseError) -> Bool {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        guard digits() > 0 else { throw fail("a number needs digits") }
        var fractional = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractional = true
            guard digits() > 0 else { throw fail("a fraction needs digits") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            fractional = true
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("an exponent needs digits") }
        }
        return fractional
    }
}

/// Turns the inside of a checked JSON string (escapes included) into text.
enum JSONStringUnescaper {
    static func unescape(_ inside: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(inside.count)
        var index = inside.startIndex
        while index < inside.endIndex {
            let byte = inside[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < inside.endIndex else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = inside[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard index + 4 <= inside.endIndex, var code = hex4(inside[index..<(index + 4)]) else { return String(decoding: output, as: UTF8.self) }
                index += 4
                if (0xD800...0xDBFF).contains(code), index + 6 <= inside.endIndex, inside[index] == UInt8(ascii: "\\"),
                   let low = hex4(inside[(index + 2)..<(index + 6)]), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                output.append(contentsOf: String(scalar).utf8)
            default:
                output.append(escape)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func hex4(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
