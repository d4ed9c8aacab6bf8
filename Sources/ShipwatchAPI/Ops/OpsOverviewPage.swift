import Foundation
import Hummingbird
import ShipwatchCore

/// `GET /ops`: counts, the oldest stall and three charts, for the stores the user sees.
struct OpsOverviewPage {
    let web: OpsWeb

    func render(request: Request) async throws -> Response {
        let session = try await web.requireSession(request)
        let now = web.now()
        let overview = try await web.ops.reader.overview(scope: session.user.scope, now: now)
        let today = CalendarDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
        let open = overview.openBySeverity.reduce(0) { $0 + $1.count }
        var values: [String: Any] = [
            "title": "Overview · Shipwatch ops",
            "openTotal": open,
            "actCount": overview.openBySeverity.first { $0.label == Severity.act.rawValue }?.count ?? 0,
            "watchCount": overview.openBySeverity.first { $0.label == Severity.watch.rawValue }?.count ?? 0,
            "remediesWaiting": overview.remediesWaiting,
            "byRule": overview.openByRule.map { ["label": OpsText.words($0.label), "rule": $0.label, "count": $0.count] as [String: Any] },
            "hasByRule": !overview.openByRule.isEmpty,
            "stalls": overview.stallsByCarrier.map {
                ["label": web.roster.displayName(ofID: $0.label), "carrier": $0.label, "count": $0.count] as [String: Any]
            },
            "hasStalls": !overview.stallsByCarrier.isEmpty,
            "openedChart": OpsCharts.openedPerDay(overview.openedPerDay, today: today),
            "silenceChart": OpsCharts.daysSilent(overview.daysSilent),
            "shareChart": OpsCharts.carrierShare(overview.delayedByCarrier, roster: web.roster),
            "hasOldest": overview.oldestStall != nil,
        ]
        if let oldest = overview.oldestStall {
            values["oldest"] = [
                "shipmentID": oldest.shipmentID, "trackingNumber": oldest.trackingNumber, "store": oldest.store,
                "carrier": web.roster.displayName(of: oldest.carrier), "rule": OpsText.words(oldest.rule.rawValue),
                "silence": OpsText.silence(oldest.lastEventAt, now: now), "location": oldest.lastLocation ?? "unknown place",
            ] as [String: Any]
        }
        return web.page(template: "ops-overview", values: values, session: session)
    }
}
