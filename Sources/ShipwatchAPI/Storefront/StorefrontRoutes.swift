import Foundation
import HTTPTypes
import Hummingbird
import ShipwatchCore

/// The storefront's `/v1` routes, behind ``KeyAuthenticationMiddleware`` with the `storefront` scope.
///
/// A key sees only its own store: another store's shipment answers exactly as one that does not exist.
struct StorefrontRoutes {
    let dependencies: APIDependencies

    func add(to router: Router<APIRequestContext>) {
        let settings = dependencies.settings
        // Authentication first: the CORS middleware inside it reads the caller's store.
        let group = router.group("v1")
            .add(middleware: KeyAuthenticationMiddleware(
                keys: dependencies.keys, rateLimits: dependencies.rateLimits, requiredScope: .storefront,
                requestsPerMinute: settings.keyRequestsPerMinute, now: dependencies.now))
            .add(middleware: StoreCORSMiddleware(originsByStore: settings.corsOrigins))
        group.get("trackings/{tracking_number}") { request, context in
            try await tracking(request: request, context: context)
        }
        group.get("orders/{order_ref}/trackings") { request, context in
            try await orderTrackings(request: request, context: context)
        }
        group.post("shipments") { request, context in
            try await register(request: request, context: context)
        }
    }

    func tracking(request: Request, context: APIRequestContext) async throws -> Response {
        let store = try storeOf(context)
        guard let number = LookupKeys.trackingNumber(try context.pathParameter("tracking_number")),
              let tracking = try await dependencies.readModel.tracking(store: store, trackingNumber: number)
        else {
            throw Problem.trackingNotFound()
        }
        return ConditionalGet.respond(TrackingDocument(tracking: tracking).json, request: request)
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
        switch ShipmentFieldsValidator(knownStores: [store]).validate(fields) {
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

    private func storeOf(_ context: APIRequestContext) throws -> String {
        guard let store = try context.requireCaller().store else {
            throw Problem.forbidden("this key is not bound to a store")
        }
        return store
    }
}
