import ShipwatchCore

/// One row of the FedEx status table: an event code under a condition, the milestone it stands for,
/// and what FedEx means by it.
public struct FedExStatusEntry: Sendable, Hashable {
    /// The `eventType` (also the `latestStatusDetail.code`), upper-case.
    public var eventType: String
    /// When the row applies.
    public var condition: FedExStatusCondition
    /// The normalized milestone.
    public var milestone: Milestone
    /// FedEx's meaning, in our words.
    public var meaning: String

    /// Creates a table row.
    public init(eventType: String, condition: FedExStatusCondition = .always, milestone: Milestone, meaning: String) {
        self.eventType = eventType.uppercased()
        self.condition = condition
        self.milestone = milestone
        self.meaning = meaning
    }
}
