/// A fixed piece of text searched for byte by byte in UTF-8: the carriers' wording tables test every scan's
/// description against dozens of phrases, and Foundation's `String.contains(_:)` (through `range(of:)`) costs
/// more per test than the rest of the scan's parse.
///
/// Matching is exact: the caller folds case first (the tables are upper case, the descriptions upper-cased once).
public struct Phrase: Sendable, Hashable {
    /// The phrase as written in the table.
    public let text: String
    private let bytes: [UInt8]

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// Whether `haystack` contains the phrase.
    public func occurs(in haystack: String) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { occurs(inBytes: $0) }
    }

    /// Whether the bytes contain the phrase (naive search: the phrases are short and so are the texts).
    public func occurs(inBytes haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let needleCount = bytes.count
        guard needleCount > 0 else { return true }
        guard haystack.count >= needleCount else { return false }
        return bytes.withUnsafeBufferPointer { needle in
            let first = needle[0]
            for start in 0...(haystack.count - needleCount) where haystack[start] == first {
                var offset = 1
                while offset < needleCount, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needleCount { return true }
            }
            return false
        }
    }
}

/// An ordered list of phrases with what each stands for; the first phrase found in a text wins.
public struct PhraseTable<Value: Sendable>: Sendable {
    private let entries: [(phrase: Phrase, value: Value)]

    public init(_ entries: [(String, Value)]) {
        self.entries = entries.map { (Phrase($0.0), $0.1) }
    }

    /// The value of the first phrase that occurs in `text`, or nil.
    public func firstMatch(in text: String) -> Value? {
        var text = text
        return text.withUTF8 { bytes in entries.first { $0.phrase.occurs(inBytes: bytes) }?.value }
    }

    /// Whether any phrase occurs in `text`.
    public func anyOccurs(in text: String) -> Bool {
        firstMatch(in: text) != nil
    }
}

extension String {
    /// The parts between occurrences of `separator` (a non-empty ASCII text), found byte by byte; empty parts kept.
    /// `split(separator:)` with a string separator goes through the generic string-processing matcher, which
    /// costs far more than this for the short texts carriers send.
    public func parts(separatedBy separator: String) -> [Substring] {
        let pattern = Array(separator.utf8)
        guard !pattern.isEmpty else { return [self[...]] }
        let utf8 = self.utf8
        var parts: [Substring] = []
        var partStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            var probe = index
            var matched = 0
            while matched < pattern.count, probe != utf8.endIndex, utf8[probe] == pattern[matched] {
                matched += 1
                probe = utf8.index(after: probe)
            }
            if matched == pattern.count {
                parts.append(self[partStart..<index])
                partStart = probe
                index = probe
            } else {
                index = utf8.index(after: index)
            }
        }
        parts.append(self[partStart..<utf8.endIndex])
        return parts
    }
}
