import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ShipwatchCore

/// `GET /ops/login` (the form), `POST /ops/login` (sign in), `POST /ops/logout`.
///
/// The sign-in form is protected by a double-submit token (a cookie and a hidden field that must match);
/// attempts are counted per client address and per e-mail in the shared rate-limit windows.
struct OpsLoginRoutes {
    let web: OpsWeb

    func add(to router: Router<APIRequestContext>) {
        router.get("ops/login") { request, _ in
            try await form(request: request)
        }
        router.post("ops/login") { request, context in
            try await signIn(request: request, context: context)
        }
        router.post("ops/logout") { request, _ in
            try await signOut(request: request)
        }
    }

    func form(request: Request) async throws -> Response {
        if try await web.session(request) != nil { return OpsWeb.redirect("/ops") }
        return freshForm(.ok, message: nil, email: "", next: request.uri.queryParameters.get("next"), secure: false)
    }

    /// The form with a new double-submit token in a cookie and the hidden field.
    private func freshForm(_ status: HTTPResponse.Status, message: String?, email: String, next: String?, secure: Bool, extra: HTTPFields = [:]) -> Response {
        let token = OpsTokens.random()
        var headers = extra
        headers.append(HTTPField(
            name: .setCookie,
            value: OpsCookies.setCookie(OpsCookies.loginCSRF, value: token, path: "/ops/login", maxAge: 3_600, secure: secure)))
        return web.page(status, template: "ops-login", values: [
            "title": "Sign in · Shipwatch ops", "csrfToken": token, "hasMessage": message != nil, "message": message ?? "",
            "email": email, "next": Self.safeNext(next) ?? "",
        ], session: nil, extra: headers)
    }

    func signIn(request: Request, context: APIRequestContext) async throws -> Response {
        let form = try await OpsForm.read(request, limit: web.maxBodyBytes)
        let secure = web.isSecure(request, context: context)
        guard let cookie = OpsCookies.value(OpsCookies.loginCSRF, in: request), let field = form["csrf_token"],
              OpsTokens.equal(cookie, field)
        else {
            return freshForm(.forbidden, message: "The sign-in form expired. Please try again.", email: "", next: form["next"], secure: secure)
        }
        let email = form["email"].flatMap(OpsPassword.normalizedEmail) ?? ""
        let instant = web.now()
        let settings = web.ops.settings
        let clientWindow = RateWindow(bucket: "login-ip:" + web.clientAddress(request, context: context), containing: instant, seconds: 60)
        let emailWindow = RateWindow(bucket: "login-user:" + OpsTokens.sha256(email).prefix(32), containing: instant, seconds: 60)
        let clientHits = try await web.rateLimits.hit(clientWindow)
        let emailHits = try await web.rateLimits.hit(emailWindow)
        if clientHits > settings.loginAttemptsPerMinute || emailHits > settings.loginAttemptsPerMinute {
            let retryAfter = max(1, 60 - Int(instant.timeIntervalSince(clientWindow.start).clamped(0, 59)))
            context.logger.notice("ops sign-in throttled", metadata: [LogKey.reason: "too many attempts"])
            return freshForm(
                .tooManyRequests, message: "Too many sign-in attempts. Please wait a minute and try again.", email: email,
                next: form["next"], secure: secure, extra: [.retryAfter: String(retryAfter)])
        }
        let password = form["password"] ?? ""
        let found = email.isEmpty ? nil : try await web.ops.users.user(email: email)
        let known = found.flatMap { $0.disabledAt == nil ? $0 : nil }
        // The same bcrypt work whether or not the user exists.
        let matches = try await OpsPassword.verifyOffLoop(password, hash: known?.passwordHash)
        guard let user = known, matches, !password.isEmpty else {
            context.logger.notice("ops sign-in refused", metadata: [LogKey.reason: "unknown user or wrong password"])
            return freshForm(.unauthorized, message: "The e-mail or the password is wrong.", email: email, next: form["next"], secure: secure)
        }
        let token = OpsTokens.random()
        let lifetime = settings.sessionSeconds
        try await web.ops.sessions.create(
            tokenHash: OpsTokens.sha256(token), csrfToken: OpsTokens.random(), userID: user.id,
            expiresAt: instant.addingTimeInterval(Double(lifetime)))
        // Expired sessions go at each sign-in (the expiry index makes this a short range delete).
        do {
            _ = try await web.ops.sessions.purge(before: instant)
        } catch {
            context.logger.warning("expired ops sessions not purged", metadata: [LogKey.error: "\(String(reflecting: type(of: error)))"])
        }
        var headers = HTTPFields()
        headers.append(HTTPField(
            name: .setCookie, value: OpsCookies.setCookie(OpsCookies.session, value: token, path: "/ops", maxAge: lifetime, secure: secure)))
        headers.append(HTTPField(
            name: .setCookie, value: OpsCookies.setCookie(OpsCookies.loginCSRF, value: "", path: "/ops/login", maxAge: 0, secure: secure)))
        return OpsWeb.redirect(Self.safeNext(form["next"]) ?? "/ops", extra: headers)
    }

    func signOut(request: Request) async throws -> Response {
        let session = try await web.requireSession(request)
        let form = try await OpsForm.read(request, limit: web.maxBodyBytes)
        try web.requireCSRF(form, session: session)
        try await web.ops.sessions.delete(tokenHash: session.tokenHash)
        let headers: HTTPFields = [.setCookie: OpsCookies.setCookie(OpsCookies.session, value: "", path: "/ops", maxAge: 0, secure: false)]
        return OpsWeb.redirect("/ops/login", extra: headers)
    }

    /// A local dashboard path to return to after sign-in; nil for anything else (no open redirect).
    static func safeNext(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/ops"), !text.hasPrefix("//"), !text.contains("\\"),
              !text.contains(where: { $0.isWhitespace || $0.isNewline }), !text.hasPrefix("/ops/login")
        else { return nil }
        return text
    }
}
