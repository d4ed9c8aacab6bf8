import Foundation

/// The overview page's figures, for the stores a user sees.
public struct OpsOverview: Sendable, Hashable {
    /// Open findings by severity (`watch`, `act`).
    public var openBySeverity: [OpsCount]
    /// Open findings by rule, most first.
    public var openByRule: [OpsCount]
    /// Remedies proposed and awaiting a decision.
    public var remediesWaiting: Int
    /// Open stall findings (customs, sorting, no movement) by carrier.
    public var stallsByCarrier: [OpsCount]
    /// Shipments with at least one open finding, by carrier (each carrier's share of delayed parcels).
    public var delayedByCarrier: [OpsCount]
    /// The open stall with the oldest last scan.
    public var oldestStall: OpsFindingRow?
    /// Findings opened per UTC day and rule over the last 30 days (days without findings are absent).
    public var openedPerDay: [OpsDailyCount]
    /// Open findings by whole days since their shipment's last scan (nil days: never scanned).
    public var daysSilent: [OpsSilenceCount]

    public init(
        openBySeverity: [OpsCount], openByRule: [OpsCount], remediesWaiting: Int, stallsByCarrier: [OpsCount],
        delayedByCarrier: [OpsCount], oldestStall: OpsFindingRow?, openedPerDay: [OpsDailyCount], daysSilent: [OpsSilenceCount]
    ) {
        self.openBySeverity = openBySeverity
        self.openByRule = openByRule
        self.remediesWaiting = remediesWaiting
        self.stallsByCarrier = stallsByCarrier
        self.delayedByCarrier = delayedByCarrier
        self.oldestStall = oldestStall
        self.openedPerDay = openedPerDay
        self.daysSilent = daysSilent
    }

    /// The rules whose findings are stalls.
    public static let stallRules: [RuleID] = [.customsStall, .sortingStall, .noMovement]
}

/// A labelled count.
public struct OpsCount: Sendable, Hashable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// Findings of one rule opened on one UTC day.
public struct OpsDailyCount: Sendable, Hashable {
    public var day: CalendarDate
    public var rule: String
    public var count: Int

    public init(day: CalendarDate, rule: String, count: Int) {
        self.day = day
        self.rule = rule
        self.count = count
    }
}

/// Open findings whose shipment's last scan is `days` whole days old (nil: never scanned).
public struct OpsSilenceCount: Sendable, Hashable {
    public var days: Int?
    public var count: Int

    public init(days: Int?, count: Int) {
        self.days = days
        self.count = count
    }
}
