import Foundation

/// One thing a finding rests on: a scan (named by its identity key) or a fact about the shipment
/// (the order date, the carrier's not-found answers, the promised date).
public struct FindingEvidence: Sendable, Hashable, Codable {
    /// `ScanEvent.identityKey` of the scan; nil for a fact that is not a scan.
    public var eventKey: String?
    public var occurredAt: Date
    /// The scan's milestone; nil for a fact.
    public var milestone: Milestone?
    /// A short line for people: `customs_held at JFK, US: "Held by customs" (code RZ)`.
    public var note: String

    public init(eventKey: String?, occurredAt: Date, milestone: Milestone?, note: String) {
        self.eventKey = eventKey
        self.occurredAt = occurredAt
        self.milestone = milestone
        self.note = note
    }

    /// Evidence from a scan.
    public init(event: ScanEvent) {
        self.init(
            eventKey: event.identityKey, occurredAt: event.occurredAt, milestone: event.milestone,
            note: FindingEvidence.note(describing: event))
    }

    /// The note of a scan: milestone, location, the carrier's words and code.
    public static func note(describing event: ScanEvent) -> String {
        var note = event.milestone.rawValue
        if !event.location.isEmpty { note += " at \(event.location.displayText)" }
        if !event.description.isEmpty { note += ": \"\(event.description)\"" }
        if !event.carrierCode.isEmpty { note += " (code \(event.carrierCode))" }
        return note
    }

    /// Evidence from a fact that is not a scan.
    public init(factAt instant: Date, note: String) {
        self.init(eventKey: nil, occurredAt: instant, milestone: nil, note: note)
    }

    enum CodingKeys: String, CodingKey {
        case eventKey = "event_key"
        case occurredAt = "occurred_at"
        case milestone
        case note
    }
}
