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
}
