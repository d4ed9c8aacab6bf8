/// Why a remedy decision was refused.
public enum RemedyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No remedy has this id.
    case notFound(id: Int64)
    /// The remedy is not in the status the decision starts from.
    case invalidTransition(id: Int64, current: RemedyStatus, decision: RemedyDecision)

    public var description: String {
        switch self {
        case .notFound(let id):
            "no remedy with id \(id)"
        case .invalidTransition(let id, let current, let decision):
            "remedy \(id) is \(current.rawValue): only a \(decision.requiredStatus.rawValue) remedy can be \(decision.pastTense)"
        }
    }
}
