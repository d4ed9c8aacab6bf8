import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ShipwatchCore

/// `POST /ops/remedies/{id}/approve|reject|execute` (one remedy, with a note) and `POST /ops/remedies/bulk`
/// (several, from the findings list). Each decision goes through the CLI's transition and audit path with the
/// user's e-mail as the actor; a remedy of a store the user does not see answers as one that does not exist.
struct OpsRemedyForms {
    let web: OpsWeb

    static func decision(_ text: String) -> OpsRemedyDecision? {
        OpsRemedyDecision(rawValue: text)
    }

    func decideOne(request: Request, context: APIRequestContext, action: OpsRemedyDecision) async throws -> Response {
        let session = try await web.requireSession(request)
        let form = try await OpsForm.read(request, limit: web.maxBodyBytes)
        try web.requireCSRF(form, session: session)
        let id = try web.idParameter("id", context: context, session: session)
        switch try await apply(id: id, action: action, note: form["note"], session: session, logger: context.logger) {
        case .done(let remedy):
            let past = action == .execute ? "executed" : (action == .approve ? "approved" : "rejected")
            return OpsWeb.redirect("/ops/shipments/\(remedy.shipmentID)?decided=\(past)")
        case .notFound:
            return web.message(.notFound, title: "Not found", text: "No remedy with id \(id).", session: session)
        case .refused(let reason, let shipmentID):
            return web.message(.conflict, title: "Not changed", text: reason, session: session, link: ("/ops/shipments/\(shipmentID)", "Back to the shipment"))
        }
    }

    func decideMany(request: Request, context: APIRequestContext) async throws -> Response {
        let session = try await web.requireSession(request)
        let form = try await OpsForm.read(request, limit: web.maxBodyBytes)
        try web.requireCSRF(form, session: session)
        guard let actionText = form["action"], let action = Self.decision(actionText) else {
            return web.message(.badRequest, title: "No action", text: "Choose approve, reject or execute.", session: session)
        }
        let ids = form.all("remedy").compactMap { Int64($0) }.filter { $0 > 0 }
        guard !ids.isEmpty else {
            return web.message(.badRequest, title: "Nothing selected", text: "Select at least one remedy in the list.", session: session, link: ("/ops/findings", "Back to the findings"))
        }
        var results: [[String: Any]] = []
        for id in Set(ids).sorted() {
            let outcome: String
            switch try await apply(id: id, action: action, note: form["note"], session: session, logger: context.logger) {
            case .done(let remedy): outcome = "\(remedy.status) (shipment \(remedy.shipmentID))"
            case .notFound: outcome = "not found"
            case .refused(let reason, _): outcome = "not changed: \(reason)"
            }
            results.append(["id": id, "outcome": outcome])
        }
        let back = OpsLoginRoutes.safeNext(form["return_to"]) ?? "/ops/findings"
        return web.page(template: "ops-message", values: [
            "title": "Bulk \(action.rawValue)", "text": "\(results.count) remedies processed.", "results": results, "hasResults": true,
            "hasLink": true, "linkHref": back, "linkLabel": "Back to the findings",
        ], session: session)
    }

    enum Outcome {
        case done(OpsRemedy)
        case notFound
        case refused(String, shipmentID: Int64)
    }

    private func apply(id: Int64, action: OpsRemedyDecision, note: String?, session: OpsSession, logger: Logger) async throws -> Outcome {
        guard let remedy = try await web.ops.desk.remedy(id: id), session.user.scope.allows(remedy.store) else { return .notFound }
        do {
            let decided = try await web.ops.desk.decide(remedyID: id, action, actor: session.user.email, note: note)
            logger.info("ops remedy decision", metadata: [LogKey.remedyID: "\(id)", LogKey.remedyDecision: "\(action.rawValue)"])
            return .done(decided)
        } catch OpsDecisionError.notFound {
            return .notFound
        } catch let error as OpsDecisionError {
            return .refused(error.description, shipmentID: remedy.shipmentID)
        }
    }
}
