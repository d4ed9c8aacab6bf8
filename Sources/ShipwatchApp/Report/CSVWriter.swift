import Foundation

/// RFC 4180 CSV: CRLF line ends; a field containing a comma, a double quote, CR or LF is enclosed in double
/// quotes with its quotes doubled.
struct CSVWriter {
    private(set) var text = ""

    mutating func row(_ fields: [String]) {
        text += fields.map(CSVWriter.field).joined(separator: ",")
        text += "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
