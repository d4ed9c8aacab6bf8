import Foundation

/// A webhook endpoint's URL as people may see it: scheme, host, port and path. User info, query string and
/// fragment are dropped, since receivers often carry tokens there.
public enum WebhookDisplayAddress {
    /// `https://user:pw@hooks.example/in?token=x#f` → `https://hooks.example/in`; text without `scheme://` gives
    /// `(unreadable address)`.
    public static func of(_ url: String) -> String {
        guard let separator = url.range(of: "://") else { return unreadable }
        let scheme = url[..<separator.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return unreadable
        }
        let beforeQuery = url[separator.upperBound...].prefix { $0 != "?" && $0 != "#" }
        let authorityEnd = beforeQuery.firstIndex { $0 == "/" || $0 == "\\" } ?? beforeQuery.endIndex
        var authority = beforeQuery[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        // A stray `@` later on would still mark user info for lenient parsers: keep nothing after it.
        var path = beforeQuery[authorityEnd...]
        if let at = path.firstIndex(of: "@") { path = path[..<at] }
        return scheme.lowercased() + "://" + authority + path
    }

    /// `text` with every occurrence of `url`, and of its query string, replaced by what may be shown (for error
    /// texts that might quote the URL).
    public static func scrub(_ text: String, url: String) -> String {
        var scrubbed = text.replacingOccurrences(of: url, with: of(url))
        for secretPart in secretParts(of: url) where secretPart.count >= 4 {
            scrubbed = scrubbed.replacingOccurrences(of: secretPart, with: "…")
        }
        return scrubbed
    }

    static let unreadable = "(unreadable address)"

    /// The query string, fragment and user info of `url` (empty ones left out).
    static func secretParts(of url: String) -> [String] {
        var parts: [String] = []
        if let query = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { parts.append(String(url[url.index(after: query)...])) }
        if let separator = url.range(of: "://") {
            let authority = url[separator.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" }
            if let at = authority.lastIndex(of: "@") { parts.append(String(authority[..<at])) }
        }
        return parts.filter { !$0.isEmpty }
    }
}
