/// How much a reservation may draw ahead of the even pace of a spread quota.
public enum CallUrgency: Sendable, Hashable {
    /// Ordinary work: only the pace earned so far.
    case normal
    /// Work that cannot wait for the pace (out for delivery, a retry of work already claimed, a person asking):
    /// may borrow a bounded part of the window's future pace (see `AllowancePolicy.borrowFraction`).
    case urgent
}
