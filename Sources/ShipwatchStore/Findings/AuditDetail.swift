import Foundation

/// The `audit_log.detail` documents the repositories write.
enum AuditDetail {
    struct FindingChange: Encodable {
        var shipmentID: Int64
        var rule: String
        var severity: String
        var previousSeverity: String?

        enum CodingKeys: String, CodingKey {
            case shipmentID = "shipment_id"
            case rule
            case severity
            case previousSeverity = "previous_severity"
        }
    }

    struct RemedyChange: Encodable {
        var findingID: Int64
        var kind: String
        var from: String?
        var to: String
        var note: String?

        enum CodingKeys: String, CodingKey {
            case findingID = "finding_id"
            case kind
            case from
            case to
            case note
        }
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // These documents hold only strings, integers and nil: encoding cannot fail.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
