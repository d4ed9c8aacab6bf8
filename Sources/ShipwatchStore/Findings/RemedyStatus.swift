/// Where a remedy proposal stands: `proposed` awaits ops; `approved` or `rejected` is their decision;
/// `executed` says an approved remedy was carried out; `withdrawn` means its finding resolved first.
public enum RemedyStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case proposed
    case approved
    case rejected
    case executed
    case withdrawn
}

/// What ops do with a remedy, and the one status each decision starts from.
public enum RemedyDecision: String, Sendable, Hashable, CaseIterable {
    /// proposed → approved
    case approve
    /// proposed → rejected
    case reject
    /// approved → executed
    case markExecuted = "mark-executed"

    /// The status the remedy must be in.
    public var requiredStatus: RemedyStatus {
        switch self {
        case .approve, .reject: .proposed
        case .markExecuted: .approved
        }
    }

    /// "approved", "rejected", "marked executed".
    public var pastTense: String {
        switch self {
        case .approve: "approved"
        case .reject: "rejected"
        case .markExecuted: "marked executed"
        }
    }

    /// The status it moves to.
    public var resultingStatus: RemedyStatus {
        switch self {
        case .approve: .approved
        case .reject: .rejected
        case .markExecuted: .executed
        }
    }
}
