import Foundation

/// Request counts per fixed window (port), shared by every `serve` replica (PostgreSQL in production).
public protocol RateLimitCounter: Sendable {
    /// Counts one request in `window` and returns the window's count, this request included.
    func hit(_ window: RateWindow) async throws -> Int
    /// Takes up to `wanted` of the `limit` requests `window` allows, in one atomic step, and returns how many
    /// were granted (0 once the window is spent). A replica spends a granted block locally, so the shared row is
    /// written once per block rather than once per request.
    func lease(_ window: RateWindow, wanted: Int, limit: Int) async throws -> Int
    /// Forgets windows that started before `cutoff`; returns how many were removed.
    func purge(before cutoff: Date) async throws -> Int
}
