/// How urgent a finding is: `watch` (keep an eye on it) is below `act` (do something; a remedy may be proposed).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case watch
    case act

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .watch && rhs == .act
    }
}
