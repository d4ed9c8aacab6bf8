import Foundation
import ShipwatchStore

/// A remedy as `shipwatch remedies list --format json` prints it.
struct RemedyDocument: Encodable {
    var record: RemedyRecord

    enum CodingKeys: String, CodingKey {
        case id, status, kind, compensation, message, store, carrier, rule, severity, note
        case orderRef = "order_ref"
        case trackingNumber = "tracking_number"
        case findingID = "finding_id"
        case findingState = "finding_state"
        case shipmentID = "shipment_id"
        case createdAt = "created_at"
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
        case executedBy = "executed_by"
        case executedAt = "executed_at"
        case executionNote = "execution_note"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.id, forKey: .id)
        try container.encode(record.status.rawValue, forKey: .status)
        try container.encode(record.kind, forKey: .kind)
        try container.encode(record.compensation, forKey: .compensation)
        try container.encode(record.message, forKey: .message)
        try container.encode(record.store, forKey: .store)
        try container.encode(record.orderRef, forKey: .orderRef)
        try container.encode(record.carrier, forKey: .carrier)
        try container.encode(record.trackingNumber, forKey: .trackingNumber)
        try container.encode(record.rule, forKey: .rule)
        try container.encode(record.severity, forKey: .severity)
        try container.encode(record.findingID, forKey: .findingID)
        try container.encode(record.findingState, forKey: .findingState)
        try container.encode(record.shipmentID, forKey: .shipmentID)
        try container.encode(Formatting.iso8601(record.createdAt), forKey: .createdAt)
        try container.encode(record.decidedBy, forKey: .decidedBy)
        try container.encode(record.decidedAt.map(Formatting.iso8601), forKey: .decidedAt)
        try container.encode(record.note, forKey: .note)
        try container.encode(record.execution?.by, forKey: .executedBy)
        try container.encode(record.execution.map { Formatting.iso8601($0.at) }, forKey: .executedAt)
        try container.encode(record.execution?.note, forKey: .executionNote)
    }
}
