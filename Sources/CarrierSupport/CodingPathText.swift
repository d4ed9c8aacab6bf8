/// A decoding path as people read it in error details: `trackResponse.shipment[0].package[0].activity[3].status`.
public enum CodingPathText {
    /// Joins coding keys into a dotted path, array positions in brackets; empty for the document's root.
    public static func render(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
