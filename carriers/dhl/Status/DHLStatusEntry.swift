import Foundation
import ShipwatchCore

/// One row of the DHL status table: a code of one family, its meaning, and the milestone it maps to.
public struct DHLStatusEntry: Sendable, Hashable {
    /// The code list the code belongs to.
    public var family: DHLCodeFamily
    /// The code as DHL sends it (normalized: categories lower-case, other codes upper-case).
    public var code: String
    /// The milestone the code maps to (before any refinement).
    public var milestone: Milestone
    /// DHL's meaning of the code, in our words.
    public var meaning: String
    /// A context rule that may change the milestone, for codes whose meaning depends on where they happen.
    public var refinement: DHLStatusRefinement?

    /// Creates a table row.
    public init(_ family: DHLCodeFamily, _ code: String, _ milestone: Milestone, _ meaning: String, refinement: DHLStatusRefinement? = nil) {
        self.family = family
        self.code = family.normalized(code)
        self.milestone = milestone
        self.meaning = meaning
        self.refinement = refinement
    }

    /// The milestones a refinement can turn this entry into (the entry's own milestone first).
    public var possibleMilestones: [Milestone] {
        switch refinement {
        case nil: [milestone]
        case .customsHoldElseException: [milestone, .exception]
        case .exportWhenAtOrigin: [milestone, .customsExport]
        }
    }
}
