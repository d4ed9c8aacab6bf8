/// What one reconciliation changed, by kind of change. Every change is also one `audit_log` row.
public struct FindingChanges: Sendable, Hashable {
    /// New open findings.
    public var opened = 0
    /// Open findings that went from `watch` to `act`.
    public var escalated = 0
    /// Open findings whose stage, evidence or detail changed (or that went back to `watch`).
    public var updated = 0
    /// Open findings whose rule no longer fires.
    public var resolved = 0
    /// Remedy proposals made.
    public var proposed = 0
    /// Undecided proposals withdrawn because their finding resolved.
    public var withdrawn = 0

    public init() {}

    /// True when nothing changed.
    public var isEmpty: Bool { self == FindingChanges() }

    /// The sum of two reconciliations' changes.
    public static func + (lhs: FindingChanges, rhs: FindingChanges) -> FindingChanges {
        var sum = lhs
        sum.opened += rhs.opened
        sum.escalated += rhs.escalated
        sum.updated += rhs.updated
        sum.resolved += rhs.resolved
        sum.proposed += rhs.proposed
        sum.withdrawn += rhs.withdrawn
        return sum
    }
}
