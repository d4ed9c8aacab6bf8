import Foundation

/// Turns USPS display text with HTML ("USPS Ground Advantage<SUP>&#153;</SUP>", "Priority Mail<SUP>&reg;</SUP>")
/// into plain text ("USPS Ground Advantage", "Priority Mail").
///
/// Tags are removed (line and block tags leave a space). The character entities for &, <, >, quotes and the no-break space become their
/// characters; every other entity (trade mark, registered, copyright signs, numeric references such as
/// `&#153;`, which USPS uses in its Windows-1252 sense) is dropped. Runs of white space collapse to one.
public enum USPSMarkupText {
    /// The plain form of `text`; `nil` when nothing readable is left.
    public static func plain(_ text: String?) -> String? {
        guard let text else { return nil }
        var output = ""
        output.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">") {
                if breaksWords(tag: text[text.index(after: index)..<close]) { output.append(" ") }
                index = text.index(after: close)
            } else if character == "&", let semicolon = entityEnd(in: text, from: index) {
                let name = text[text.index(after: index)..<semicolon]
                output.append(replacement(forEntity: name))
                index = text.index(after: semicolon)
            } else {
                output.append(character)
                index = text.index(after: index)
            }
        }
        let collapsed = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Line and block tags separate words; inline ones (`<SUP>`) do not.
    private static func breaksWords(tag: Substring) -> Bool {
        let name = tag.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
        return ["br", "p", "div", "li", "tr", "td"].contains(name)
    }

    /// The `;` closing an entity that starts at `start`, when the text between is a plausible entity name.
    private static func entityEnd(in text: String, from start: String.Index) -> String.Index? {
        var index = text.index(after: start)
        var length = 0
        while index < text.endIndex, length <= 10 {
            let character = text[index]
            if character == ";" { return length > 0 ? index : nil }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return nil }
            length += 1
            index = text.index(after: index)
        }
        return nil
    }

    private static func replacement(forEntity name: Substring) -> String {
        switch name.lowercased() {
        case "amp", "#38": "&"
        case "lt", "#60": "<"
        case "gt", "#62": ">"
        case "quot", "#34": "\""
        case "apos", "#39": "'"
        case "nbsp", "#160": " "
        default: ""
        }
    }
}
