import Foundation

/// One carrier scan, normalized. Nothing the carrier said is lost: the raw fragment is kept.
public struct ScanEvent: Sendable, Hashable, Codable {
    /// The UTC instant of the scan.
    public var occurredAt: Date
    /// The carrier's local wall time, as printed by the carrier, when it gave one.
    public var localTime: LocalDateTime?
    /// Seconds east of UTC of `localTime`, when known.
    public var utcOffsetSeconds: Int?
    /// How sure we are of that offset.
    public var zoneConfidence: ZoneConfidence
    public var location: EventLocation
    /// The carrier's own event code (USPS `eventCode`, UPS 3-digit `statusCode`, FedEx `eventType`, DHL `statusCode`…).
    public var carrierCode: String
    /// The carrier's description of the scan.
    public var description: String
    public var milestone: Milestone
    /// The carrier's JSON fragment for this event, verbatim.
    public var raw: String
    /// Position in the carrier's own chronological order (0 = oldest in that response); breaks ties between equal instants.
    public var carrierSequence: Int
    /// True when the carrier gave only the day (FedEx `2024-08-15T00:00:00`): the instant is a placeholder
    /// within that day, ordered by the carrier's list, and the scan never decides the stage on its own.
    public var isDateOnly: Bool

    public init(
        occurredAt: Date,
        localTime: LocalDateTime?,
        utcOffsetSeconds: Int?,
        zoneConfidence: ZoneConfidence,
        location: EventLocation,
        carrierCode: String,
        description: String,
        milestone: Milestone,
        raw: String,
        carrierSequence: Int = 0,
        isDateOnly: Bool = false
    ) {
        self.occurredAt = occurredAt
        self.localTime = localTime
        self.utcOffsetSeconds = utcOffsetSeconds
        self.zoneConfidence = zoneConfidence
        self.location = location
        self.carrierCode = carrierCode.trimmingSpaces()
        self.description = description.trimmingWhitespaceAndNewlines()
        self.milestone = milestone
        self.raw = raw
        self.carrierSequence = carrierSequence
        self.isDateOnly = isDateOnly
    }

    /// The identity of this scan within one shipment (carrier and tracking number are the shipment's).
    ///
    /// It keys on the carrier's code, the scan's *local wall time* to the minute, and the normalized
    /// location, so the same scan re-sent with another UTC offset (a zone mistake) or re-worded keeps its
    /// identity. The description joins the key only when the carrier sent no code. Without a wall time,
    /// the UTC instant stands in.
    public var identityKey: String {
        let timeKey = localTime.map { "L" + $0.minuteKey } ?? "U" + LocalDateTime(instant: occurredAt, utcOffsetSeconds: 0).minuteKey
        let codeKey = TextNormalization.key(carrierCode)
        let descriptionKey = codeKey.isEmpty ? TextNormalization.key(description) : ""
        return [codeKey, timeKey, location.identityKey, descriptionKey].joined(separator: "|")
    }
}
