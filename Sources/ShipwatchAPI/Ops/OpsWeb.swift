import Foundation
import HTTPTypes
import Hummingbird
import ShipwatchCore

/// What every dashboard handler shares: the ports, the templates, the clock, and the session and CSRF checks.
struct OpsWeb: Sendable {
    let ops: OpsDependencies
    /// The carriers' display names, and the ids a form or query may name.
    let roster: CarrierRoster
    let rateLimits: any RateLimitCounter
    let templates: PageTemplates
    let now: @Sendable () -> Date
    /// Largest form body accepted.
    let maxBodyBytes: Int

    // MARK: Sessions

    /// The request's live session, or nil (no cookie, unknown, expired, user disabled).
    func session(_ request: Request) async throws -> OpsSession? {
        guard let token = OpsCookies.value(OpsCookies.session, in: request), token.count == 64 else { return nil }
        return try await ops.sessions.session(tokenHash: OpsTokens.sha256(token), now: now())
    }

    /// The live session; otherwise a redirect to the sign-in page (303, so a refused POST changes nothing).
    func requireSession(_ request: Request) async throws -> OpsSession {
        if let session = try await session(request) { return session }
        var location = "/ops/login"
        if request.method == .get { location += "?next=" + PathEncoding.segment(request.uri.path) }
        throw PageResponse(response: Self.redirect(location))
    }

    /// Refuses (403, nothing changed) a form without the session's CSRF token.
    func requireCSRF(_ form: OpsForm, session: OpsSession) throws {
        guard let token = form["csrf_token"], OpsTokens.equal(token, session.csrfToken) else {
            throw PageResponse(response: message(
                .forbidden, title: "Form expired",
                text: "This form is missing its security token or it has expired. Go back, reload the page and try again.",
                session: session))
        }
    }

    /// Whether the client reached us over HTTPS: always when configured so, else when a trusted proxy says so.
    func isSecure(_ request: Request, context: APIRequestContext) -> Bool {
        if ops.settings.alwaysSecureCookies { return true }
        guard ops.settings.trustedProxies.contains(context.clientAddress) else { return false }
        return request.headers[.xForwardedProto]?.lowercased().split(separator: ",").first?
            .trimmingCharacters(in: .whitespaces) == "https"
    }

    /// The client's address: the first `X-Forwarded-For` entry behind a trusted proxy, else the peer.
    func clientAddress(_ request: Request, context: APIRequestContext) -> String {
        let peer = context.clientAddress
        guard ops.settings.trustedProxies.contains(peer),
              let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces),
              !forwarded.isEmpty
        else { return peer }
        return forwarded
    }

    // MARK: Responses

    /// An HTML page of `template` with the layout values of `session` merged in.
    func page(_ status: HTTPResponse.Status = .ok, template: String, values: [String: Any], session: OpsSession?, extra: HTTPFields = [:]) -> Response {
        // The page's own values win (the sign-in form's token is not a session's).
        let all = Self.layout(session: session, title: values["title"] as? String ?? "Shipwatch ops", current: template)
            .merging(values) { _, page in page }
        let html = templates.render(all, template: template) ?? ""
        var headers = extra
        headers[.contentType] = "text/html; charset=utf-8"
        Self.addSecurityHeaders(&headers)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A short page with a heading and a sentence (errors, refusals).
    func message(_ status: HTTPResponse.Status, title: String, text: String, session: OpsSession?, link: (href: String, label: String)? = nil) -> Response {
        page(status, template: "ops-message", values: [
            "title": title, "text": text, "hasLink": link != nil, "linkHref": link?.href ?? "", "linkLabel": link?.label ?? "",
        ], session: session)
    }

    static func redirect(_ location: String, extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.location] = location
        addSecurityHeaders(&headers)
        return Response(status: .seeOther, headers: headers)
    }

    static func addSecurityHeaders(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        headers[.cacheControl] = "no-store"
        headers[.referrerPolicy] = "same-origin"
        headers[.xContentTypeOptions] = "nosniff"
    }

    /// The values `ops-head` reads: the title, who is signed in, the navigation and the logout form's token.
    static func layout(session: OpsSession?, title: String, current: String) -> [String: Any] {
        let links: [(String, String, String)] = [
            ("/ops", "Overview", "ops-overview"), ("/ops/findings", "Findings", "ops-findings"), ("/ops/runs", "Poller", "ops-runs"),
        ]
        return [
            "title": title,
            "signedIn": session != nil,
            "userEmail": session?.user.email ?? "",
            "userStores": session.map { $0.user.stores.isEmpty ? "all stores" : $0.user.stores.joined(separator: ", ") } ?? "",
            "csrfToken": session?.csrfToken ?? "",
            "nav": links.map { href, label, template in
                ["href": href, "label": label, "current": template == current] as [String: Any]
            },
        ]
    }

    // MARK: Parsing

    /// A positive integer path parameter, or a 404 page.
    func idParameter(_ name: String, context: APIRequestContext, session: OpsSession) throws -> Int64 {
        guard let text = try? context.pathParameter(name), let id = Int64(text), id > 0 else {
            throw PageResponse(response: message(.notFound, title: "Not found", text: "There is nothing at this address.", session: session))
        }
        return id
    }
}

extension HTTPField.Name {
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let xForwardedFor = Self("X-Forwarded-For")!
}
