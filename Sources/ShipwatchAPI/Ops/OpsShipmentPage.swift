import Foundation
import Hummingbird
import ShipwatchCore

/// `GET /ops/shipments/{id}`: the timeline (UTC and local), the findings with their evidence, the remedies with
/// the drafted customer message and their decision forms, and the audit history.
struct OpsShipmentPage {
    let web: OpsWeb

    func render(request: Request, context: APIRequestContext) async throws -> Response {
        let session = try await web.requireSession(request)
        let id = try web.idParameter("id", context: context, session: session)
        guard let detail = try await web.ops.reader.shipment(id: id, scope: session.user.scope) else {
            return web.message(.notFound, title: "Not found", text: "No shipment with this id.", session: session, link: ("/ops/findings", "Back to the findings"))
        }
        let shipment = detail.shipment
        let events: [[String: Any]] = detail.events.map { event in
            [
                "utc": OpsText.utc(event.occurredAt), "iso": OpsText.iso(event.occurredAt), "local": OpsText.local(event),
                "place": event.location.displayText.isEmpty ? "—" : event.location.displayText,
                "code": event.carrierCode, "wording": event.description, "milestone": OpsText.words(event.milestone.rawValue),
            ]
        }
        let findings: [[String: Any]] = detail.findings.map { finding in
            [
                "id": finding.id, "rule": OpsText.words(finding.rule.rawValue), "severity": finding.severity.rawValue, "state": finding.state,
                "open": finding.state == "open", "stage": finding.stage.map(OpsText.words) ?? "—",
                "stageSince": finding.stageSince.map(OpsText.utc) ?? "—", "openedAt": OpsText.utc(finding.openedAt),
                "resolvedAt": finding.resolvedAt.map(OpsText.utc) ?? "", "hasResolved": finding.resolvedAt != nil, "evidence": Self.prettyJSON(finding.evidenceJSON),
            ]
        }
        let remedies: [[String: Any]] = detail.remedies.map { remedy in
            [
                "id": remedy.id, "findingID": remedy.findingID, "kind": OpsText.words(remedy.kind), "status": remedy.status,
                "compensation": remedy.compensation ?? "", "hasCompensation": remedy.compensation != nil,
                "message": remedy.message ?? "", "hasMessage": !(remedy.message ?? "").isEmpty,
                "canDecide": remedy.status == "proposed", "canExecute": remedy.status == "approved",
                "decided": remedy.decidedBy.map { by in "\(by), \(remedy.decidedAt.map(OpsText.utc) ?? "")" } ?? "",
                "note": remedy.note ?? "", "hasNote": remedy.note != nil,
                "hasDecided": remedy.decidedBy != nil, "hasExecuted": remedy.executedBy != nil,
                "executed": remedy.executedBy.map { by in "\(by), \(remedy.executedAt.map(OpsText.utc) ?? "")" } ?? "",
                "executionNote": remedy.executionNote ?? "",
            ]
        }
        let audit: [[String: Any]] = detail.audit.map { entry in
            [
                "at": OpsText.utc(entry.at), "iso": OpsText.iso(entry.at), "actor": entry.actor,
                "what": "\(entry.entity) \(entry.entityID)", "action": entry.action, "detail": entry.detailJSON,
            ]
        }
        let decided = request.uri.queryParameters.get("decided").flatMap { text -> String? in
            ["approved", "rejected", "executed"].contains(text) ? text : nil
        }
        let values: [String: Any] = [
            "title": "\(web.roster.displayName(of: shipment.carrier)) \(shipment.trackingNumber) · Shipwatch ops",
            "shipmentID": shipment.id, "trackingNumber": shipment.trackingNumber, "carrier": web.roster.displayName(of: shipment.carrier),
            "store": shipment.store, "orderRef": shipment.orderRef,
            "status": shipment.status.map { OpsText.words($0.rawValue) } ?? "no scans yet",
            "lastEventAt": shipment.lastEventAt.map(OpsText.utc) ?? "never",
            "destination": [shipment.destinationPostalCode, shipment.destinationCountry].compactMap { $0 }.joined(separator: " "),
            "events": events, "hasEvents": !events.isEmpty,
            "findings": findings, "hasFindings": !findings.isEmpty,
            "remedies": remedies, "hasRemedies": !remedies.isEmpty,
            "audit": audit, "hasAudit": !audit.isEmpty,
            "hasNotice": decided != nil, "notice": decided.map { "The remedy was \($0)." } ?? "",
            "returnTo": "/ops/shipments/\(shipment.id)",
        ]
        return web.page(template: "ops-shipment", values: values, session: session)
    }

    /// The evidence object, indented for reading (the raw text when it is not JSON).
    static func prettyJSON(_ text: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }
}
