import Foundation

/// A `{{name}}` placeholder the customer message templates may use.
public enum MessagePlaceholder: String, Sendable, Hashable, CaseIterable {
    /// The store's order reference.
    case orderRef = "order_ref"
    /// The carrier's name ("UPS").
    case carrier
    case trackingNumber = "tracking_number"
    /// Where the parcel is, for a customer ("held in customs").
    case stage
    /// Whole days the condition has lasted.
    case days
    /// What went wrong, for a customer, as it follows "it" ("has been in customs for 8 days").
    case reason
    /// The store's compensation ("an extra phone case").
    case compensation
    /// How long the store's refunds take ("3–5 business days").
    case refundTime = "refund_time"
}

/// A message template's text split into literal text and `{{placeholder}}` references.
///
/// Spaces inside the braces are ignored (`{{ order_ref }}`). A `{{` without its `}}` is an error
/// reported by validation and left as literal text when rendering.
struct MessageTemplateText {
    enum Part: Equatable {
        case literal(String)
        case placeholder(name: String)
    }

    let parts: [Part]
    /// True when a `{{` has no closing `}}`.
    let hasUnclosedPlaceholder: Bool

    init(_ template: String) {
        var parts: [Part] = []
        var unclosed = false
        let utf8 = template.utf8
        var literalStart = utf8.startIndex
        var cursor = utf8.startIndex
        while let open = MessageTemplateText.find(MessageTemplateText.openBrace, in: utf8, from: cursor) {
            let nameStart = utf8.index(open, offsetBy: 2)
            guard let close = MessageTemplateText.find(MessageTemplateText.closeBrace, in: utf8, from: nameStart) else {
                unclosed = true
                break
            }
            if literalStart < open { parts.append(.literal(String(template[literalStart..<open]))) }
            let name = template[nameStart..<close].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            parts.append(.placeholder(name: name))
            cursor = utf8.index(close, offsetBy: 2)
            literalStart = cursor
        }
        if literalStart < utf8.endIndex { parts.append(.literal(String(template[literalStart...]))) }
        self.parts = parts
        hasUnclosedPlaceholder = unclosed
    }

    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")

    /// The index of the first doubled `brace` at or after `start`.
    private static func find(_ brace: UInt8, in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == brace, next < utf8.endIndex, utf8[next] == brace { return index }
            index = next
        }
        return nil
    }

    /// The placeholder names used, in order of first use.
    var placeholderNames: [String] {
        var seen: [String] = []
        for case .placeholder(let name) in parts where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// The text with each known placeholder replaced; an unknown one is kept as written.
    func render(_ values: [MessagePlaceholder: String]) -> String {
        var output = ""
        for part in parts {
            switch part {
            case .literal(let text):
                output += text
            case .placeholder(let name):
                if let placeholder = MessagePlaceholder(rawValue: name), let value = values[placeholder] {
                    output += value
                } else {
                    output += "{{\(name)}}"
                }
            }
        }
        return output
    }
}
