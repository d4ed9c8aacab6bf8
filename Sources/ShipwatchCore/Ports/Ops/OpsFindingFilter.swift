import Foundation

/// The findings list's filters, sort and page position (the delay report over open findings).
public struct OpsFindingFilter: Sendable, Hashable {
    public var scope: OpsStoreScope
    public var store: String?
    public var carrier: Carrier?
    public var rule: RuleID?
    public var severity: Severity?
    public var stage: Milestone?
    /// Only findings whose shipment has had no scan for at least this many days.
    public var minDaysSilent: Int?
    public var sort: OpsFindingSort
    /// Rows after this position of `sort` (keyset pagination); nil: the first page.
    public var after: OpsFindingCursor?
    /// Rows per page (1...5000).
    public var limit: Int

    public init(
        scope: OpsStoreScope = .everyStore, store: String? = nil, carrier: Carrier? = nil, rule: RuleID? = nil,
        severity: Severity? = nil, stage: Milestone? = nil, minDaysSilent: Int? = nil, sort: OpsFindingSort = .longestSilence,
        after: OpsFindingCursor? = nil, limit: Int = 50
    ) {
        self.scope = scope
        self.store = store
        self.carrier = carrier
        self.rule = rule
        self.severity = severity
        self.stage = stage
        self.minDaysSilent = minDaysSilent
        self.sort = sort
        self.after = after
        self.limit = limit
    }
}

/// The orders of the findings list; each is a total order (ties broken by finding id), so keyset pages never
/// skip or repeat a row.
public enum OpsFindingSort: String, Sendable, Hashable, CaseIterable {
    /// Longest silence first (oldest last scan; never-scanned shipments last).
    case longestSilence = "silence"
    /// Most recent last scan first.
    case shortestSilence = "-silence"
    /// Newest finding first.
    case newest = "opened"
    /// Oldest finding first.
    case oldest = "-opened"
}

/// A position in a sorted findings list: the sort key (microseconds since 1970) and the finding id of the last
/// row shown. Its text form is `KEY.ID` (both integers), which is what the `after` query parameter carries.
public struct OpsFindingCursor: Sendable, Hashable {
    public var key: Int64
    public var findingID: Int64

    public init(key: Int64, findingID: Int64) {
        self.key = key
        self.findingID = findingID
    }

    /// Parses `KEY.ID`; nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let key = Int64(parts[0]), let id = Int64(parts[1]) else { return nil }
        self.init(key: key, findingID: id)
    }

    public var text: String { "\(key).\(findingID)" }
}
