/// Text folding used for identity keys: case, punctuation and spacing never make two scans differ.
public enum TextNormalization {
    /// Upper-cased letters and digits only, single spaces between words.
    public static func key(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ").uppercased()
    }

    /// The text as PostgreSQL can store it: NUL (U+0000), which `text` columns refuse, removed. Swift strings are
    /// always valid Unicode, so nothing else PostgreSQL refuses in UTF-8 text can occur.
    public static func storable(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: text.unicodeScalars.lazy.filter { $0.value != 0 })
        return String(cleaned)
    }

    /// ``storable(_:)`` for an optional text.
    public static func storableIfPresent(_ text: String?) -> String? {
        text.map { storable($0) }
    }
}
