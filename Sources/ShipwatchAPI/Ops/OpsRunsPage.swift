import Foundation
import Hummingbird
import ShipwatchCore

/// `GET /ops/runs` (recent runs, carrier activity, quota use against the configured limits, open circuits, abandoned
/// runs, unmapped codes, webhook endpoints of the user's stores with their deliveries of the last 24 hours) and
/// `POST /ops/codes/override` (admins map an unknown code onto a milestone, as `shipwatch codes override` does).
struct OpsRunsPage {
    let web: OpsWeb

    func render(request: Request) async throws -> Response {
        let session = try await web.requireSession(request)
        let now = web.now()
        let health = try await web.ops.reader.pollHealth(scope: session.user.scope, now: now)
        let runs: [[String: Any]] = health.runs.map { run in
            [
                "id": run.id, "startedAt": OpsText.utc(run.startedAt), "finishedAt": run.finishedAt.map(OpsText.utc) ?? "—",
                "status": run.status, "problem": ["failed", "abandoned", "interrupted"].contains(run.status),
                "owner": run.owner, "host": run.host, "calls": Self.calls(run.callsUsedJSON, roster: web.roster), "error": run.error ?? "",
            ]
        }
        let carriers = OpsRunsRows.carriers(health.carriers, limits: web.ops.settings.carrierLimits, roster: web.roster)
        let endpoints = OpsRunsRows.endpoints(health.webhookEndpoints)
        let codes: [[String: Any]] = health.unmappedCodes.map { code in
            [
                "carrier": web.roster.displayName(of: code.carrier), "carrierValue": code.carrier.rawValue, "code": code.code,
                "description": code.sampleDescription, "occurrences": code.occurrences, "shipments": code.shipments,
                "lastSeen": OpsText.utc(code.lastSeenAt),
            ]
        }
        let abandoned = health.runs.filter { $0.status == "abandoned" }.count
        let overridden = request.uri.queryParameters.get("overridden")
        let values: [String: Any] = [
            "title": "Poller health · Shipwatch ops",
            "runs": runs, "hasRuns": !runs.isEmpty, "carriers": carriers, "abandoned": abandoned,
            "endpoints": endpoints, "hasEndpoints": !endpoints.isEmpty,
            "codes": codes, "hasCodes": !codes.isEmpty, "isAdmin": session.user.role == .admin,
            "milestones": Milestone.allCases.filter { $0 != .unknown }.map { ["value": $0.rawValue, "label": OpsText.words($0.rawValue)] },
            "hasNotice": overridden != nil, "notice": overridden.map { "Code \($0) now maps to a milestone for scans polled from now on." } ?? "",
        ]
        return web.page(template: "ops-runs", values: values, session: session)
    }

    func overrideCode(request: Request) async throws -> Response {
        let session = try await web.requireSession(request)
        let form = try await OpsForm.read(request, limit: web.maxBodyBytes)
        try web.requireCSRF(form, session: session)
        guard session.user.role == .admin else {
            return web.message(.forbidden, title: "Admins only", text: "Only an admin may map carrier codes.", session: session, link: ("/ops/runs", "Back"))
        }
        guard let carrierText = form["carrier"], let carrier = Carrier(rawValue: carrierText), web.roster.contains(carrier),
              let code = form["code"], code.count <= 100,
              let milestoneText = form["milestone"], let milestone = Milestone(rawValue: milestoneText)
        else {
            return web.message(.badRequest, title: "Incomplete", text: "The override needs a carrier, a code and a milestone.", session: session, link: ("/ops/runs", "Back"))
        }
        try await web.ops.desk.overrideCode(carrier: carrier, code: code, milestone: milestone, note: form["note"].map { "\($0) (\(session.user.email))" } ?? "by \(session.user.email)")
        return OpsWeb.redirect("/ops/runs?overridden=" + PathEncoding.segment(code))
    }

    /// `{"ups": 12, "dhl": 3}` → `DHL 3, UPS 12`.
    static func calls(_ json: String, roster: CarrierRoster) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], !object.isEmpty else { return "—" }
        return object.keys.sorted().map { key in "\(roster.displayName(ofID: key)) \(object[key].map { "\($0)" } ?? "")" }
            .joined(separator: ", ")
    }
}
