import Foundation
import ShipwatchCore

/// Which of the three codes on a UPS status an entry keys on.
public enum UPSStatusField: String, Sendable, Hashable, CaseIterable {
    /// `status.statusCode`, the 3-digit status/description code: the primary key.
    case statusCode
    /// `status.type` (M, MV, P, I, X, D, U…): the coarse check, used when there is no status code.
    case activityType
    /// `status.code` on a non-exception activity: UPS's movement-scan codes (AR, DP, YP, OR…).
    case scanCode
    /// `status.code` on an exception (type X) activity: UPS's customs and package-exception codes (RZ, BB, DA…).
    case exceptionCode
}

/// One row of the UPS status table.
public struct UPSStatusEntry: Sendable, Hashable {
    /// The field this row keys on.
    public var field: UPSStatusField
    /// The code, as UPS sends it (status codes zero-padded to 3 digits, others upper-case).
    public var code: String
    /// The normalized milestone.
    public var milestone: Milestone
    /// What UPS means by the code, in our words.
    public var meaning: String
    /// The milestones a 2-character hint may sharpen this row to (for generic rows such as 005 "On the way");
    /// empty when the row is never refined.
    public var refinableTo: Set<Milestone>

    /// Creates a row.
    public init(field: UPSStatusField, code: String, milestone: Milestone, meaning: String, refinableTo: Set<Milestone> = []) {
        self.field = field
        self.code = code
        self.milestone = milestone
        self.meaning = meaning
        self.refinableTo = refinableTo
    }
}

/// The outcome of looking a UPS status up in the table.
public struct UPSStatusResolution: Sendable, Hashable {
    /// The milestone, `.unknown` when the table does not know the deciding code.
    public var milestone: Milestone
    /// The row that decided (the status-code row, else the activity-type row, else the 2-character row).
    public var entry: UPSStatusEntry?
    /// The 2-character row that sharpened a generic row, when one did.
    public var hint: UPSStatusEntry?
    /// The code that decided, or that the table did not know.
    public var code: String

    /// Creates a resolution.
    public init(milestone: Milestone, entry: UPSStatusEntry?, hint: UPSStatusEntry?, code: String) {
        self.milestone = milestone
        self.entry = entry
        self.hint = hint
        self.code = code
    }

    /// True when a table row decided the milestone.
    public var isMapped: Bool { entry != nil }
}
