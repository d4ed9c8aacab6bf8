import Foundation

/// One fixed rate-limit window: a bucket (`key:<id>`, `ip:<address>`) and the window's start.
///
/// Windows start at multiples of their length since 1970, so every replica computes the same window for the
/// same instant.
public struct RateWindow: Sendable, Hashable {
    public var bucket: String
    public var start: Date
    /// Window length in whole seconds.
    public var seconds: Int

    /// The window of `bucket` that contains `instant`.
    public init(bucket: String, containing instant: Date, seconds: Int) {
        let length = max(1, seconds)
        let elapsed = instant.timeIntervalSince1970
        let index = elapsed.isFinite ? (elapsed / Double(length)).rounded(.down) : 0
        self.bucket = bucket
        self.start = Date(timeIntervalSince1970: index * Double(length))
        self.seconds = length
    }
}
