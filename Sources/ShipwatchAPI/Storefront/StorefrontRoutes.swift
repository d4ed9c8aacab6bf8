import Foundation
import HTTPTypes
import Hummingbird
import ShipwatchCore

/// The storefront's `/v1` routes with the `storefront` scope. `GET /v1/trackings/{n}`, the most frequent, reads
/// the key with the shipment (``KeyedTrackingReader``) and checks it itself; the others are behind
/// ``KeyAuthenticationMiddleware``. Both go through one ``KeyCheck``.
///
/// A key sees only its own store: another store's shipment answers exactly as one that does not exist.
struct StorefrontRoutes {
    let dependencies: APIDependencies
    let check: KeyCheck
    let cors: StoreCORSMiddleware

    init(dependencies: APIDependencies) {
        self.dependencies = dependencies
        let settings = dependencies.settings
        check = KeyCheck(
            rateLimits: dependencies.rateLimits, requiredScope: .storefront,
            requestsPerMinute: settings.keyRequestsPerMinute, now: dependencies.now)
        cors = StoreCORSMiddleware(originsByStore: settings.corsOrigins)
    }

    func add(to router: Router<APIRequestContext>) {
        router.group("v1").get("trackings/{tracking_number}") { request, context in
            try await tracking(request: request, context: context)
        }
        // Authentication first: the CORS middleware inside it reads the caller's store.
        let group = router.group("v1")
            .add(middleware: KeyAuthenticationMiddleware(keys: dependencies.keys, check: check))
            .add(middleware: cors)
        group.get("orders/{order_ref}/trackings") { request, context in
            try await orderTrackings(request: request, context: context)
        }
        group.post("shipments") { request, context in
            try await register(request: request, context: context)
        }
    }

    /// One round trip: the key and the shipment are read together, and nothing read is used before the key passed
    /// its checks. A number that cannot be one checks the key alone (401 before 404).
    func tracking(request: Request, context: APIRequestContext) async throws -> Response {
        let presented = try KeyCheck.presentedKey(request)
        guard let number = LookupKeys.trackingNumber(try context.pathParameter("tracking_number"), roster: dependencies.roster) else {
            _ = try await storefrontCaller(presented, record: try await dependencies.keys.activeKey(keyID: presented.keyID))
            throw Problem.trackingNotFound()
        }
        let read = try await dependencies.keyedTrackings.tracking(keyID: presented.keyID, trackingNumber: number)
        let caller = try await storefrontCaller(presented, record: read.key)
        guard let tracking = read.tracking else { throw Problem.trackingNotFound() }
        var response = ConditionalGet.respond(TrackingDocument(tracking: tracking).json, request: request)
        cors.allowOrigin(of: request, forStore: caller.store, on: &response)
        return response
    }

    func orderTrackings(request: Request, context: APIRequestContext) async throws -> Response {
        let store = try storeOf(context)
        guard let orderRef = LookupKeys.orderRef(try context.pathParameter("order_ref")) else {
            throw Problem.notFound("no shipment for this order")
        }
        let trackings = try await dependencies.readModel.trackings(store: store, orderRef: orderRef)
        guard !trackings.isEmpty else { throw Problem.notFound("no shipment for this order") }
        let document = OrderTrackingsDocument(orderRef: orderRef, trackings: trackings.map(TrackingDocument.init))
        return ConditionalGet.respond(document.json, request: request)
    }

    func register(request: Request, context: APIRequestContext) async throws -> Response {
        let store = try storeOf(context)
        let buffer = try await request.body.collect(upTo: dependencies.settings.maxBodyBytes)
        var fields = try RegistrationRequest.parse(Data(buffer.readableBytesView))
        if fields.store == nil { fields.store = store }
        let shipment: NewShipment
        switch ShipmentFieldsValidator(knownStores: [store], roster: dependencies.roster).validate(fields) {
        case .success(let valid): shipment = valid
        case .failure(let failure):
            throw Problem.invalidFields(failure.problems.map { .init(field: $0.field, detail: $0.message) })
        }
        let outcome = try await dependencies.registrar.register(shipment)
        guard let tracking = try await dependencies.readModel.tracking(store: store, trackingNumber: shipment.trackingNumber) else {
            throw Problem.trackingNotFound()
        }
        let body = TrackingDocument(tracking: tracking).json
        var headers: HTTPFields = [.contentType: "application/json", .cacheControl: "no-store"]
        let status: HTTPResponse.Status
        switch outcome {
        case .created:
            status = .created
            headers[.location] = "/v1/trackings/" + PathEncoding.segment(shipment.trackingNumber)
        case .alreadyRegistered:
            status = .ok
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The caller presenting `presented` with its key row `record`, once ``KeyCheck`` admitted it and it is bound
    /// to a store (403 otherwise), as the middleware and ``storeOf(_:)`` require of the other routes.
    private func storefrontCaller(_ presented: APIKeyText, record: APIKeyRecord?) async throws -> APICaller {
        let caller = try await check.admit(presented, record: record)
        _ = try Self.store(of: caller)
        return caller
    }

    private func storeOf(_ context: APIRequestContext) throws -> String {
        try Self.store(of: try context.requireCaller())
    }

    private static func store(of caller: APICaller) throws -> String {
        guard let store = caller.store else { throw Problem.forbidden("this key is not bound to a store") }
        return store
    }
}
