import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without going through Foundation when the text starts and
    /// ends with a printable ASCII character (the common case: carrier fields are normalized once per scan, so
    /// this is on the parsing hot path). The result is always the same as Foundation's.
    public func trimmingWhitespaceAndNewlines() -> String {
        if Self.hasPlainASCIIEnds(self) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)`, with the same fast path as ``trimmingWhitespaceAndNewlines()``.
    public func trimmingSpaces() -> String {
        if Self.hasPlainASCIIEnds(self) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// True when the first and last bytes are printable ASCII other than a space (so nothing can be trimmed).
    private static func hasPlainASCIIEnds(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` with `String`'s fast path.
    public func trimmingWhitespaceAndNewlines() -> String { String(self).trimmingWhitespaceAndNewlines() }

    /// `trimmingCharacters(in: .whitespaces)` with `String`'s fast path.
    public func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}
