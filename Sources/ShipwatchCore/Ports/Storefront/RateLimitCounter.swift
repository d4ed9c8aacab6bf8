import Foundation

/// Request counts per fixed window (port), shared by every `serve` replica (PostgreSQL in production).
public protocol RateLimitCounter: Sendable {
    /// Counts one request in `window` and returns the window's count, this request included.
    func hit(_ window: RateWindow) async throws -> Int
    /// Forgets windows that started before `cutoff`; returns how many were removed.
    func purge(before cutoff: Date) async throws -> Int
}
