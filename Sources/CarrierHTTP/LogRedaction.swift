/// Keeps customer data out of logs and error details taken from carrier bodies.
enum LogRedaction {
    /// A short, single-line excerpt of a body with e-mail addresses masked (`j***@example.com`).
    static func excerpt(of body: [UInt8], limit: Int = 160) -> String {
        let text = String(decoding: body.prefix(limit * 2), as: UTF8.self)
        let flattened = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        let masked = maskEmails(flattened)
        return masked.count > limit ? String(masked.prefix(limit)) + "…" : masked
    }

    /// Masks the local part of anything shaped like an e-mail address.
    static func maskEmails(_ text: String) -> String {
        let separators: Set<Character> = [" ", "\"", "'", "<", ">", ",", ";", ":", "(", ")", "[", "]", "{", "}"]
        var output = ""
        var word = ""
        func flush() {
            if let at = word.firstIndex(of: "@"), at != word.startIndex, word[word.index(after: at)...].contains(".") {
                output += String(word[word.startIndex]) + "***" + word[at...]
            } else {
                output += word
            }
            word = ""
        }
        for character in text {
            if separators.contains(character) {
                flush()
                output.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return output
    }
}
