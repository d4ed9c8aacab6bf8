import Foundation
import Hummingbird
import ShipwatchCore

/// The ops dashboard's browser routes under `/ops` (sessions and CSRF) and its JSON API under `/v1/ops`
/// (`ops`-scope keys).
struct OpsRoutes {
    let dependencies: APIDependencies
    let ops: OpsDependencies
    let templates: PageTemplates

    func add(to router: Router<APIRequestContext>) {
        let web = OpsWeb(
            ops: ops, roster: dependencies.roster, rateLimits: dependencies.rateLimits, templates: templates, now: dependencies.now,
            maxBodyBytes: dependencies.settings.maxBodyBytes)
        OpsLoginRoutes(web: web).add(to: router)
        let overview = OpsOverviewPage(web: web)
        let findings = OpsFindingsPage(web: web)
        let shipment = OpsShipmentPage(web: web)
        let remedies = OpsRemedyForms(web: web)
        let runs = OpsRunsPage(web: web)
        router.get("ops") { request, _ in try await overview.render(request: request) }
        router.get("ops/findings") { request, _ in try await findings.render(request: request) }
        router.get("ops/findings.csv") { request, _ in try await findings.export(request: request, json: false) }
        router.get("ops/findings.json") { request, _ in try await findings.export(request: request, json: true) }
        router.get("ops/shipments/{id}") { request, context in try await shipment.render(request: request, context: context) }
        router.post("ops/remedies/bulk") { request, context in try await remedies.decideMany(request: request, context: context) }
        for action in OpsRemedyDecision.allCases {
            router.post("ops/remedies/{id}/\(action.rawValue)") { request, context in
                try await remedies.decideOne(request: request, context: context, action: action)
            }
        }
        router.get("ops/runs") { request, _ in try await runs.render(request: request) }
        router.post("ops/codes/override") { request, _ in try await runs.overrideCode(request: request) }
        OpsAPIRoutes(dependencies: dependencies, ops: ops).add(to: router)
    }
}
