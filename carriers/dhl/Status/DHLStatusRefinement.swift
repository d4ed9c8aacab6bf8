import Foundation

/// A rule that lets the shipment's context change the milestone of a code whose meaning depends on where
/// it happened.
public enum DHLStatusRefinement: String, Sendable, Hashable, Codable {
    /// Express "OH" (on hold): a customs hold when the text speaks of customs/duties, when an import
    /// customs stage is still open, or when the parcel sits in the destination country of an international
    /// shipment before any clearance; otherwise an exception.
    case customsHoldElseException
    /// Express "CR"/"BR" (clearance/broker release): export clearance when the text says "export" or the
    /// scan is in the origin country of an international shipment; otherwise import release.
    case exportWhenAtOrigin
}
