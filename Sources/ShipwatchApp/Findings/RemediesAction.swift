import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch remedies list|approve|reject|mark-executed`: the ops side of remedy proposals.
public struct RemediesAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Who decides when `--by` is not given: `$USER`, else "ops".
    public var defaultActor: String {
        context.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "ops"
    }

    /// The remedies, newest first, as a table or JSON.
    public func list(status: String?, store: String?, format: OutputFormat, limit: Int) async throws -> String {
        let parsedStatus = try status.map(RemediesAction.status(named:))
        guard limit > 0 else { throw ShipwatchFailure.invalidOption(option: "--limit", reason: "must be positive") }
        return try await context.withDatabase { database in
            let records = try await RemedyRepository(database: database).list(status: parsedStatus, store: store, limit: limit)
            return try RemediesAction.render(records, format: format)
        }
    }

    /// proposed → approved.
    public func approve(id: Int64, note: String?, by actor: String?) async throws -> String {
        try await decide(id: id, .approve, note: note, by: actor)
    }

    /// proposed → rejected.
    public func reject(id: Int64, note: String?, by actor: String?) async throws -> String {
        try await decide(id: id, .reject, note: note, by: actor)
    }

    /// approved → executed.
    public func markExecuted(id: Int64, note: String?, by actor: String?) async throws -> String {
        try await decide(id: id, .markExecuted, note: note, by: actor)
    }

    /// Applies a decision and describes the result; a refused transition is a failure naming the current status.
    public func decide(id: Int64, _ decision: RemedyDecision, note: String?, by actor: String?) async throws -> String {
        try await context.withDatabase { database in
            try await decide(id: id, decision, note: note, by: actor, database: database)
        }
    }

    /// ``decide(id:_:note:by:)`` on an open database.
    public func decide(id: Int64, _ decision: RemedyDecision, note: String?, by actor: String?, database: Database) async throws -> String {
        let who = actor.flatMap { $0.isEmpty ? nil : $0 } ?? defaultActor
        do {
            let record = try await RemedyRepository(database: database).decide(id: id, decision, by: who, note: note)
            return "remedy \(record.id) \(decision.pastTense) by \(who): \(record.kind) for \(record.store) order \(record.orderRef) "
                + "(\(record.carrier.rawValue) \(record.trackingNumber), \(record.rule.rawValue))"
        } catch let error as RemedyError {
            throw ShipwatchFailure.rejectedInput(error.description)
        }
    }

    static func status(named name: String) throws -> RemedyStatus {
        guard let status = RemedyStatus(rawValue: name) else {
            let names = RemedyStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw ShipwatchFailure.unknownName(kind: "remedy status", name: name, expected: names)
        }
        return status
    }

    static func render(_ records: [RemedyRecord], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try Formatting.json(records.map(RemedyDocument.init(record:)))
        case .table, .csv:
            guard !records.isEmpty else { return "no remedies" }
            var table = TextTable(headers: [
                "ID", "STATUS", "KIND", "COMPENSATION", "STORE", "ORDER", "CARRIER", "TRACKING", "RULE", "CREATED", "DECIDED", "NOTE",
                "EXECUTED", "EXECUTION NOTE",
            ])
            for record in records {
                let decided = record.decidedAt.map { "\(record.decidedBy ?? "?") \(Formatting.iso8601($0).prefix(10))" } ?? "-"
                let executed = record.execution.map { "\($0.by) \(Formatting.iso8601($0.at).prefix(10))" } ?? "-"
                table.add([
                    String(record.id), record.status.rawValue, record.kind, record.compensation ?? "-", record.store,
                    record.orderRef, record.carrier.rawValue, record.trackingNumber, record.rule.rawValue,
                    String(Formatting.iso8601(record.createdAt).prefix(10)), decided, record.note ?? "",
                    executed, record.execution?.note ?? "",
                ])
            }
            return table.render()
        }
    }
}
