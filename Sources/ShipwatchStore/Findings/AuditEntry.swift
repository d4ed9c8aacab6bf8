import Foundation

/// One row of `audit_log`: who changed what, when, and how.
public struct AuditEntry: Sendable, Hashable {
    /// Nil until stored.
    public var id: Int64?
    /// Nil until stored (the database's transaction time).
    public var at: Date?
    /// `rules` for the rule engine, else the person (`--by`, default `$USER`).
    public var actor: String
    /// `finding` or `remedy`.
    public var entity: String
    public var entityID: String
    /// `opened`, `escalated`, `updated`, `resolved`, `proposed`, `withdrawn`, `approved`, `rejected`, `executed`.
    public var action: String
    /// A JSON object with the change's particulars.
    public var detailJSON: String

    public init(
        id: Int64? = nil, at: Date? = nil, actor: String, entity: String, entityID: String, action: String,
        detailJSON: String = "{}"
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.detailJSON = detailJSON
    }

    /// The actor of every change the rule engine makes.
    public static let rulesActor = "rules"
}
