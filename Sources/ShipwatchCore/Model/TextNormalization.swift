/// Text folding used for identity keys: case, punctuation and spacing never make two scans differ.
public enum TextNormalization {
    /// Upper-cased letters and digits only, single spaces between words.
    public static func key(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiKey(text) : unicodeKey(text)
    }

    /// ``key(_:)`` scalar by scalar, for any text.
    static func unicodeKey(_ text: String) -> String {
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

    /// ``key(_:)`` of an ASCII text, byte by byte: letters upper-cased, digits kept, runs of anything else one space.
    static func asciiKey(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard isLetter || (0x30...0x39).contains(byte) else {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x61...0x7A).contains(byte) ? byte - 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
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
