import ShipwatchCore

/// RFC 3986 percent-encoding for the parts of a URL that carrier requests carry.
enum PercentEncoding {
    /// ALPHA / DIGIT / "-" / "." / "_" / "~": the only bytes a query name or value keeps as they are.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// Bytes a path keeps besides the unreserved ones: "/" and RFC 3986 `pchar` sub-delimiters, ":" and "@".
    private static func isPathSafe(_ byte: UInt8) -> Bool {
        if isUnreserved(byte) { return true }
        return "/!$&'()*+,;=:@".utf8.contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "a")...UInt8(ascii: "f"):
            true
        default:
            false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func append(_ byte: UInt8, escapedTo output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }

    /// Encodes every byte of a query name or value except the unreserved ones (so "&", "=", "+", " " are escaped).
    static func encodeComponent(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) { output.append(byte) } else { append(byte, escapedTo: &output) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Encodes a path, keeping "/" and the characters a path may carry; an existing `%XX` escape is kept.
    static func encodePath(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isPathSafe(byte) {
                output.append(byte)
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) {
                output.append(byte)
            } else {
                append(byte, escapedTo: &output)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `name=value&name=value`, each name and value encoded as a component.
    static func encodeQuery(_ fields: [WireField]) -> String {
        fields.map { encodeComponent($0.name) + "=" + encodeComponent($0.value) }.joined(separator: "&")
    }
}
