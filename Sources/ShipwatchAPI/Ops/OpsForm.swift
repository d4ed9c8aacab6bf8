import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body: every value of every name, in order.
struct OpsForm: Sendable {
    private(set) var values: [String: [String]] = [:]

    /// Parses `text`; `+` is a space, percent-escapes are decoded (a bad escape keeps the raw text).
    init(text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// Reads a form body of at most `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws -> OpsForm {
        let buffer = try await request.body.collect(upTo: limit)
        return OpsForm(text: String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    subscript(name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Every value of `name`.
    func all(_ name: String) -> [String] {
        values[name] ?? []
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
