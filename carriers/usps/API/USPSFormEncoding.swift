import Foundation

/// `application/x-www-form-urlencoded` bodies for the token endpoint, both ways.
enum USPSFormEncoding {
    /// Characters left as they are (RFC 3986 unreserved); everything else is percent-encoded, space as `%20`.
    private static let unreserved: CharacterSet = {
        var set = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// `name=value&…` in the given order.
    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { name, value in "\(percentEncoded(name))=\(percentEncoded(value))" }.joined(separator: "&")
    }

    /// The fields of a form body; `+` and `%20` both read as a space.
    static func decode(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = unescape(parts.first.map(String.init) ?? "")
            let value = unescape(parts.count > 1 ? String(parts[1]) : "")
            return (name, value)
        }
    }

    /// `text` with everything but RFC 3986 unreserved characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static func unescape(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
