/// JSON text for the writers that build documents directly (finding evidence and detail, the delay report):
/// valid JSON, the same text for the same values.
public enum JSONLiteral {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
    public static func quoted(_ text: String) -> String {
        // Most text needs no escape: check the bytes (all escapes are ASCII, and UTF-8 never uses ASCII bytes
        // inside other characters) and copy it whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]  // \"
            case 0x5C: bytes += [0x5C, 0x5C]  // \\
            case 0x0A: bytes += [0x5C, 0x6E]  // \n
            case 0x0D: bytes += [0x5C, 0x72]  // \r
            case 0x09: bytes += [0x5C, 0x74]  // \t
            case 0..<0x20: bytes += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A quoted string, or `null`.
    public static func quoted(_ text: String?) -> String {
        text.map { quoted($0) } ?? "null"
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    /// A finite number (Swift's shortest round-trip form, which is valid JSON); `0` for anything else.
    public static func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "0"
    }
}
