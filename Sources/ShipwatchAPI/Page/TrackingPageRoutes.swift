import Foundation
import HTTPTypes
import Hummingbird
import ShipwatchCore

/// The customer page: `GET /track` (the form) and `GET /track/{tracking_number}?postal_code=…` (the parcel).
///
/// A wrong postal code and an unknown number give the very same page, so numbers cannot be probed; every page
/// counts against a per-IP window shared by all replicas. `Content-Security-Policy: frame-ancestors` lists the
/// origins of the store named by `?store=` (or of the parcel's store), none by default.
struct TrackingPageRoutes {
    let dependencies: APIDependencies
    let templates: PageTemplates

    static let notFoundMessage = "We could not find a parcel with this tracking number and postal code. Please check both and try again."

    func add(to router: Router<APIRequestContext>) {
        router.get("track") { request, context in
            try await form(request: request, context: context)
        }
        router.get("track/{tracking_number}") { request, context in
            try await result(request: request, context: context)
        }
    }

    func form(request: Request, context: APIRequestContext) async throws -> Response {
        let store = knownStore(request.uri.queryParameters.get("store"))
        try await checkRate(context: context, store: store)
        let number = request.uri.queryParameters.get("tracking_number")?.trimmingCharacters(in: .whitespaces) ?? ""
        let postalCode = request.uri.queryParameters.get("postal_code")?.trimmingCharacters(in: .whitespaces) ?? ""
        if !number.isEmpty, !postalCode.isEmpty {
            var location = "/track/" + PathEncoding.segment(TrackingNumber.normalize(number)) + "?postal_code=" + PathEncoding.segment(postalCode)
            if let store { location += "&store=" + PathEncoding.segment(store) }
            return Response(status: .seeOther, headers: pageHeaders(store: store, extra: [.location: location]))
        }
        let html = templates.render(TrackingPageView.form(message: nil, trackingNumber: number, postalCode: postalCode, store: store), template: "track-form") ?? ""
        return page(.ok, html, store: store)
    }

    func result(request: Request, context: APIRequestContext) async throws -> Response {
        let queryStore = knownStore(request.uri.queryParameters.get("store"))
        try await checkRate(context: context, store: queryStore)
        let rawNumber = try context.pathParameter("tracking_number")
        let number = LookupKeys.trackingNumber(rawNumber, roster: dependencies.roster)
        let postalCode = request.uri.queryParameters.get("postal_code")?.trimmingCharacters(in: .whitespaces) ?? ""
        var candidates: [StorefrontTracking] = []
        if let number, !postalCode.isEmpty {
            candidates = try await dependencies.readModel.trackings(trackingNumber: number)
        }
        let match = candidates.first { tracking in
            (queryStore == nil || tracking.store == queryStore)
                && PostalCodeMatch.matches(given: postalCode, stored: tracking.destinationPostalCode)
        }
        guard let match else {
            let html = templates.render(
                TrackingPageView.form(
                    message: Self.notFoundMessage, trackingNumber: TrackingNumber.normalize(rawNumber),
                    postalCode: postalCode, store: queryStore),
                template: "track-form") ?? ""
            return page(.notFound, html, store: queryStore)
        }
        let html = templates.render(TrackingPageView.result(match, carrierName: dependencies.roster.displayName(of: match.carrier), storeQuery: queryStore), template: "track-result") ?? ""
        return page(.ok, html, store: match.store)
    }

    /// The store named by `?store=` when it has page settings (otherwise ignored: no origins, no filter).
    private func knownStore(_ text: String?) -> String? {
        guard let text, !text.isEmpty, dependencies.settings.frameAncestors[text] != nil else { return nil }
        return text
    }

    private func checkRate(context: APIRequestContext, store: String?) async throws {
        let window = RateWindow(bucket: "ip:" + context.clientAddress, containing: dependencies.now(), seconds: 60)
        let hits = try await dependencies.rateLimits.hit(window)
        guard hits > dependencies.settings.pageRequestsPerMinutePerIP else { return }
        let elapsed = dependencies.now().timeIntervalSince(window.start).clamped(0, 60)
        let retryAfter = max(1, 60 - Int(elapsed.rounded(.down)))
        let html = templates.render(
            TrackingPageView.form(message: "Too many lookups from your network. Please wait a minute and try again.", trackingNumber: "", postalCode: "", store: store),
            template: "track-form") ?? ""
        throw PageResponse(response: page(.tooManyRequests, html, store: store, extra: [.retryAfter: String(retryAfter)]))
    }

    private func page(_ status: HTTPResponse.Status, _ html: String, store: String?, extra: HTTPFields = [:]) -> Response {
        var headers = pageHeaders(store: store, extra: extra)
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func pageHeaders(store: String?, extra: HTTPFields) -> HTTPFields {
        let origins = store.flatMap { dependencies.settings.frameAncestors[$0] } ?? []
        let ancestors = origins.isEmpty ? "'none'" : origins.joined(separator: " ")
        var headers = extra
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors \(ancestors)"
        headers[.cacheControl] = "no-store"
        headers[.referrerPolicy] = "no-referrer"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }
}

/// A finished HTML response thrown past the handler (the rate limit's 429 page).
struct PageResponse: Error, HTTPResponseError {
    let response: Response

    var status: HTTPResponse.Status { response.status }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }
}

/// Compares the postal code a customer typed with the shipment's: case, spaces and dashes ignored; a 5-digit
/// US ZIP matches its ZIP+4.
enum PostalCodeMatch {
    static func matches(given: String, stored: String?) -> Bool {
        guard let stored else { return false }
        let a = normalize(given)
        let b = normalize(stored)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let digitsOnly = a.allSatisfy(\.isASCII) && a.allSatisfy(\.isNumber) && b.allSatisfy(\.isNumber)
        return digitsOnly && min(a.count, b.count) == 5 && a.prefix(5) == b.prefix(5) && max(a.count, b.count) == 9
    }

    static func normalize(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
    }
}
