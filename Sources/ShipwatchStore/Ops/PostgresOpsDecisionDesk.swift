import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Ops decisions over PostgreSQL (``OpsDecisionDesk``): remedy transitions go through ``RemedyRepository/decide``,
/// the CLI's own path, so the allowed transitions and the audit entries are exactly the CLI's.
public struct PostgresOpsDecisionDesk: OpsDecisionDesk {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func remedy(id: Int64) async throws -> OpsRemedy? {
        try await RemedyRepository(database: database).find(id: id).map(Self.remedy)
    }

    public func decide(remedyID: Int64, _ decision: OpsRemedyDecision, actor: String, note: String?) async throws -> OpsRemedy {
        let storeDecision: RemedyDecision = switch decision {
        case .approve: .approve
        case .reject: .reject
        case .execute: .markExecuted
        }
        do {
            return Self.remedy(try await RemedyRepository(database: database).decide(id: remedyID, storeDecision, by: actor, note: note))
        } catch RemedyError.notFound(let id) {
            throw OpsDecisionError.notFound(id: id)
        } catch let error as RemedyError {
            throw OpsDecisionError.invalidTransition(id: remedyID, reason: error.description)
        }
    }

    public func overrideCode(carrier: Carrier, code: String, milestone: Milestone, note: String?) async throws {
        try await CarrierCodeOverrideRepository(database: database)
            .set(CarrierCodeOverride(carrier: carrier, code: code, milestone: milestone, note: note))
    }

    /// A shipment's remedies, newest first (remedies_finding_idx per finding of findings_shipment_idx).
    func remedies(shipmentID: Int64) async throws -> [OpsRemedy] {
        let ids: [Int64] = try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT r.id FROM remedies r JOIN findings f ON f.id = r.finding_id
                WHERE f.shipment_id = \(shipmentID) ORDER BY r.created_at DESC, r.id DESC
                """,
                logger: database.logger)
            var ids: [Int64] = []
            for try await id in rows.decode(Int64.self) { ids.append(id) }
            return ids
        }
        var remedies: [OpsRemedy] = []
        for id in ids {
            if let remedy = try await remedy(id: id) { remedies.append(remedy) }
        }
        return remedies
    }

    static func remedy(_ record: RemedyRecord) -> OpsRemedy {
        OpsRemedy(
            id: record.id, findingID: record.findingID, shipmentID: record.shipmentID, store: record.store, kind: record.kind,
            compensation: record.compensation, message: record.message, status: record.status.rawValue,
            decidedBy: record.decidedBy, decidedAt: record.decidedAt, note: record.note, executedBy: record.execution?.by,
            executedAt: record.execution?.at, executionNote: record.execution?.note, createdAt: record.createdAt)
    }
}
