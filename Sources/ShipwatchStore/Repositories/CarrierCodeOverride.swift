import Foundation
import ShipwatchCore

/// Ops' own mapping of one carrier code onto a milestone, taking precedence over the built-in status table.
public struct CarrierCodeOverride: Sendable, Hashable {
    public var carrier: Carrier
    /// The carrier's event code, as it appears in `ScanEvent.carrierCode`.
    public var code: String
    public var milestone: Milestone
    /// Why the override exists (who asked, which ticket).
    public var note: String?

    public init(carrier: Carrier, code: String, milestone: Milestone, note: String? = nil) {
        self.carrier = carrier
        self.code = code.trimmingCharacters(in: .whitespaces)
        self.milestone = milestone
        self.note = note
    }
}

/// A carrier code that reached the timeline unmapped (milestone `unknown`), with how often it was seen.
public struct UnmappedCodeSummary: Sendable, Hashable {
    public var carrier: Carrier
    public var code: String
    /// One of the carrier's descriptions for the code.
    public var sampleDescription: String
    /// Stored scans with this code.
    public var occurrences: Int
    /// Shipments with such a scan.
    public var shipments: Int
    /// The newest such scan's instant.
    public var lastSeenAt: Date

    public init(carrier: Carrier, code: String, sampleDescription: String, occurrences: Int, shipments: Int, lastSeenAt: Date) {
        self.carrier = carrier
        self.code = code
        self.sampleDescription = sampleDescription
        self.occurrences = occurrences
        self.shipments = shipments
        self.lastSeenAt = lastSeenAt
    }
}
