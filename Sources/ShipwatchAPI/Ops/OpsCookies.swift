import Foundation
import Hummingbird
import HTTPTypes

/// The dashboard's cookies: the session (`sw_session`) and the sign-in form's CSRF token (`sw_login_csrf`).
enum OpsCookies {
    static let session = "sw_session"
    static let loginCSRF = "sw_login_csrf"

    /// The value of cookie `name` in the request's `Cookie` fields.
    static func value(_ name: String, in request: Request) -> String? {
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Secure when `secure`; `maxAge` 0 deletes it.
    static func setCookie(_ name: String, value: String, path: String, maxAge: Int, secure: Bool) -> String {
        var text = "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict"
        if secure { text += "; Secure" }
        return text
    }
}
