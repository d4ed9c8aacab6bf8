import Foundation

/// The port to the one authority over carrier calls: quotas, the request rate and bans, shared by every process
/// and host that calls the carrier.
///
/// `CarrierHTTP` asks it before every call and never imports the store; the PostgreSQL implementation lives in
/// `ShipwatchStore`, an in-memory one in `CarrierHTTP` (single lookups, fast tests). Time is passed in.
public protocol CarrierAllowance: Sendable {
    /// Reserves up to `request.calls` calls now, atomically against every other caller; the grant says how many,
    /// from when, and why not more.
    func reserve(_ request: AllowanceRequest, now: Date) async throws -> AllowanceGrant
    /// Gives back `unused` calls of `grant` that were never sent (their quota and pace become available again).
    func refund(_ grant: AllowanceGrant, unused: Int, now: Date) async throws
    /// Bans the carrier for every caller until `until` (a later ban wins; an earlier one changes nothing).
    func ban(_ carrier: Carrier, until: Date, reason: String, now: Date) async throws
    /// The carrier's current shared state, for reports (`shipwatch quota`).
    func state(of carrier: Carrier, now: Date) async throws -> AllowanceState
}
