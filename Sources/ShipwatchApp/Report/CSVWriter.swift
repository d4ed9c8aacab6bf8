/// RFC 4180 CSV: CRLF line ends; a field containing a comma, a double quote, CR or LF is enclosed in double
/// quotes with its quotes doubled.
struct CSVWriter {
    private(set) var text = ""

    mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            text += CSVWriter.field(field)
        }
        text += "\r\n"
    }

    static func field(_ value: String) -> String {
        // Byte-wise: the four specials are ASCII, and UTF-8 never uses ASCII bytes inside other characters.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}
