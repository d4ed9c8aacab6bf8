import Foundation
import Hummingbird
import Logging
import ShipwatchCore

/// The ops JSON API for helpdesk integrations, behind ``KeyAuthenticationMiddleware`` with the `ops` scope:
/// `GET /v1/ops/findings` (the findings list with the report's fields and the dashboard's filters, keyset pages)
/// and `POST /v1/ops/remedies/{id}/approve|reject|execute` (the CLI's transitions, audited as `key:<key id>`).
/// A key bound to a store sees only that store; another store's remedy answers as one that does not exist.
struct OpsAPIRoutes {
    let dependencies: APIDependencies
    let ops: OpsDependencies

    func add(to router: Router<APIRequestContext>) {
        let group = router.group("v1/ops")
            .add(middleware: KeyAuthenticationMiddleware(
                keys: dependencies.keys, rateLimits: dependencies.rateLimits, requiredScope: .ops,
                requestsPerMinute: dependencies.settings.keyRequestsPerMinute, now: dependencies.now))
        group.get("findings") { request, context in
            try await findings(request: request, context: context)
        }
        for action in OpsRemedyDecision.allCases {
            group.post("remedies/{id}/\(action.rawValue)") { request, context in
                try await decide(request: request, context: context, action: action)
            }
        }
    }

    private func scope(_ context: APIRequestContext) throws -> OpsStoreScope {
        let caller = try context.requireCaller()
        return OpsStoreScope(stores: caller.store.map { [$0] } ?? [])
    }

    func findings(request: Request, context: APIRequestContext) async throws -> Response {
        let scope = try scope(context)
        var filter: OpsFindingFilter
        do {
            filter = try OpsFindingQuery.filter(request.uri.queryParameters, scope: scope, pageSize: 100, roster: dependencies.roster)
        } catch let error as OpsFindingQuery.BadParameter {
            throw Problem.badRequest(error.description)
        }
        if let text = request.uri.queryParameters.get("limit") {
            guard let limit = Int(text), (1...1_000).contains(limit) else { throw Problem.badRequest("limit must be 1 to 1000") }
            filter.limit = limit
        }
        let now = dependencies.now()
        let page = try await ops.reader.findings(filter, now: now)
        let body = try OpsExport.json(page.rows, now: now, next: page.next)
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `{"note": "…"}` (optional; an empty body is no note).
    struct DecisionBody: Decodable {
        var note: String?
    }

    func decide(request: Request, context: APIRequestContext, action: OpsRemedyDecision) async throws -> Response {
        let caller = try context.requireCaller()
        let scope = try scope(context)
        guard let idText = try? context.pathParameter("id"), let id = Int64(idText), id > 0 else {
            throw Problem.notFound("no remedy with this id")
        }
        let buffer = try await request.body.collect(upTo: dependencies.settings.maxBodyBytes)
        var note: String?
        if buffer.readableBytes > 0 {
            guard let body = try? JSONDecoder().decode(DecisionBody.self, from: Data(buffer.readableBytesView)) else {
                throw Problem.invalidFields([.init(field: "note", detail: "the body must be a JSON object with an optional string 'note'")])
            }
            note = body.note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        }
        guard let remedy = try await ops.desk.remedy(id: id), scope.allows(remedy.store) else {
            throw Problem.notFound("no remedy with this id")
        }
        let decided: OpsRemedy
        do {
            decided = try await ops.desk.decide(remedyID: id, action, actor: "key:" + caller.keyID, note: note)
        } catch OpsDecisionError.notFound {
            throw Problem.notFound("no remedy with this id")
        } catch let error as OpsDecisionError {
            throw Problem(status: .conflict, slug: "invalid-transition", title: "Conflict", detail: error.description)
        }
        context.logger.info("ops remedy decision", metadata: [LogKey.remedyID: "\(id)", LogKey.remedyDecision: "\(action.rawValue)"])
        let document = RemedyDocument(decided)
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONCoding.encode(document))))
    }

    /// A remedy as the API returns it.
    struct RemedyDocument: Encodable {
        var id: Int64
        var findingID: Int64
        var shipmentID: Int64
        var store: String
        var kind: String
        var status: String
        var decidedBy: String?
        var note: String?
        var executedBy: String?

        init(_ remedy: OpsRemedy) {
            id = remedy.id
            findingID = remedy.findingID
            shipmentID = remedy.shipmentID
            store = remedy.store
            kind = remedy.kind
            status = remedy.status
            decidedBy = remedy.decidedBy
            note = remedy.note
            executedBy = remedy.executedBy
        }

        enum CodingKeys: String, CodingKey {
            case id, store, kind, status, note
            case findingID = "finding_id"
            case shipmentID = "shipment_id"
            case decidedBy = "decided_by"
            case executedBy = "executed_by"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(findingID, forKey: .findingID)
            try container.encode(shipmentID, forKey: .shipmentID)
            try container.encode(store, forKey: .store)
            try container.encode(kind, forKey: .kind)
            try container.encode(status, forKey: .status)
            try container.encode(decidedBy, forKey: .decidedBy)
            try container.encode(note, forKey: .note)
            try container.encode(executedBy, forKey: .executedBy)
        }
    }
}
