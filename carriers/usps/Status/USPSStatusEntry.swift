import ShipwatchCore

/// One USPS `eventCode` and what it means for Shipwatch.
public struct USPSStatusEntry: Sendable, Hashable {
    /// The two-character `eventCode` ("01", "OF", "A1").
    public var code: String
    /// USPS's meaning, in our words.
    public var meaning: String
    /// The Shipwatch milestone the code maps to.
    public var milestone: Milestone
    /// How well the meaning is attested.
    public var evidence: USPSCodeEvidence

    /// A table entry.
    public init(code: String, meaning: String, milestone: Milestone, evidence: USPSCodeEvidence) {
        self.code = code
        self.meaning = meaning
        self.milestone = milestone
        self.evidence = evidence
    }

    /// True when the code says only that the item moved through the network (accepted, a facility scan,
    /// in transit). International customs wording may then say more, and wins: USPS reuses such codes
    /// on customs legs, and the G-5 international codes themselves are not documented.
    public var yieldsToCustomsWording: Bool {
        switch milestone {
        case .accepted, .sortArrived, .sortProcessed, .sortDeparted, .inTransit, .info: true
        default: false
        }
    }
}

/// Where a code's meaning comes from (see the adapter README).
public enum USPSCodeEvidence: String, Sendable, Hashable, CaseIterable {
    /// Seen in recorded USPS answers.
    case recorded
    /// From the USPS event-code table (Pub 199 App. G-4, as kept by integrators).
    case codeTable
    /// Reported by an integrator's documentation only.
    case thirdParty
    /// Inferred from the code's name; unconfirmed.
    case inferred
}
