import Foundation
import HTTPTypes
import Hummingbird
import ShipwatchCore

/// `GET /ops/findings` (the delay report as a filterable, sortable, keyset-paged table) and its exports
/// `GET /ops/findings.csv` and `GET /ops/findings.json` (every row of the current filter, the report's fields).
struct OpsFindingsPage {
    let web: OpsWeb

    /// Rows an export holds at most.
    static let exportLimit = 200_000

    func render(request: Request) async throws -> Response {
        let session = try await web.requireSession(request)
        let filter: OpsFindingFilter
        do {
            filter = try OpsFindingQuery.filter(
                request.uri.queryParameters, scope: session.user.scope, pageSize: web.ops.settings.pageSize, roster: web.roster)
        } catch let error as OpsFindingQuery.BadParameter {
            return web.message(.badRequest, title: "Bad filter", text: error.description, session: session, link: ("/ops/findings", "Clear the filters"))
        }
        let now = web.now()
        let page = try await web.ops.reader.findings(filter, now: now)
        let query = OpsFindingQuery.text(filter, includeCursor: false)
        let rows: [[String: Any]] = page.rows.map { row in
            [
                "findingID": row.findingID, "shipmentID": row.shipmentID, "store": row.store, "orderRef": row.orderRef,
                "carrier": web.roster.displayName(of: row.carrier), "trackingNumber": row.trackingNumber,
                "rule": OpsText.words(row.rule.rawValue), "severity": row.severity.rawValue, "act": row.severity == .act,
                "stage": row.stage.map(OpsText.words) ?? "none", "silence": OpsText.silence(row.lastEventAt, now: now),
                "lastLocation": row.lastLocation ?? "", "hasRemedy": row.remedyKind != nil,
                "remedy": [row.remedyKind.map(OpsText.words), row.remedyStatus].compactMap { $0 }.joined(separator: " · "),
                "decidable": row.remedyStatus == "proposed" || row.remedyStatus == "approved",
                "remedyID": row.remedyID.map { String($0) } ?? "",
            ]
        }
        let sorts: [(OpsFindingSort, String)] = [
            (.longestSilence, "Longest silence first"), (.shortestSilence, "Most recent scan first"),
            (.newest, "Newest finding first"), (.oldest, "Oldest finding first"),
        ]
        func options(_ values: [String], selected: String?, label: (String) -> String = { $0 }) -> [[String: Any]] {
            values.map { ["value": $0, "label": label($0), "selected": $0 == selected] as [String: Any] }
        }
        let values: [String: Any] = [
            "title": "Findings · Shipwatch ops",
            "rows": rows, "hasRows": !rows.isEmpty, "count": rows.count,
            "hasNext": page.next != nil,
            "nextHref": page.next.map { "/ops/findings?" + OpsFindingQuery.text(filter, after: $0) } ?? "",
            "isFirstPage": filter.after == nil, "firstHref": "/ops/findings?" + query,
            "csvHref": "/ops/findings.csv?" + query, "jsonHref": "/ops/findings.json?" + query,
            "store": filter.store ?? "",
            "storeOptions": options(session.user.stores.sorted(), selected: filter.store),
            "limitedStores": !session.user.stores.isEmpty,
            "carrierOptions": options(web.roster.carriers.map(\.rawValue), selected: filter.carrier?.rawValue, label: web.roster.displayName(ofID:)),
            "ruleOptions": options(RuleID.allCases.map(\.rawValue), selected: filter.rule?.rawValue, label: OpsText.words),
            "severityOptions": options([Severity.act, .watch].map(\.rawValue), selected: filter.severity?.rawValue),
            "stageOptions": options(Milestone.allCases.map(\.rawValue), selected: filter.stage?.rawValue, label: OpsText.words),
            "minDays": filter.minDaysSilent.map { String($0) } ?? "",
            "sortOptions": sorts.map { ["value": $0.0.rawValue, "label": $0.1, "selected": $0.0 == filter.sort] as [String: Any] },
            "returnTo": "/ops/findings?" + OpsFindingQuery.text(filter, includeCursor: true),
        ]
        return web.page(template: "ops-findings", values: values, session: session)
    }

    func export(request: Request, json: Bool) async throws -> Response {
        let session = try await web.requireSession(request)
        var filter: OpsFindingFilter
        do {
            filter = try OpsFindingQuery.filter(request.uri.queryParameters, scope: session.user.scope, pageSize: 5_000, roster: web.roster)
        } catch let error as OpsFindingQuery.BadParameter {
            return web.message(.badRequest, title: "Bad filter", text: error.description, session: session)
        }
        filter.after = nil
        let now = web.now()
        var rows: [OpsFindingRow] = []
        while rows.count < Self.exportLimit {
            let page = try await web.ops.reader.findings(filter, now: now)
            rows += page.rows
            guard let next = page.next else { break }
            filter.after = next
        }
        var headers: HTTPFields = [.cacheControl: "no-store", .xContentTypeOptions: "nosniff"]
        if json {
            headers[.contentType] = "application/json"
            headers[.contentDisposition] = "attachment; filename=\"shipwatch-findings.json\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try OpsExport.json(rows, now: now))))
        }
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"shipwatch-findings.csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpsExport.csv(rows, now: now))))
    }
}
