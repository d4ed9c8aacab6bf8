import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem: thrown by handlers, rendered as `application/problem+json` by ``ProblemMiddleware``.
public struct Problem: Error, Sendable, Hashable {
    public var status: HTTPResponse.Status
    /// A short slug; the `type` is the relative URI `/problems/<slug>`.
    public var slug: String
    public var title: String
    public var detail: String
    /// The bad fields of a 422, each with its reason.
    public var fieldErrors: [FieldError]
    /// Extra headers (`Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields

    public init(
        status: HTTPResponse.Status, slug: String, title: String, detail: String, fieldErrors: [FieldError] = [],
        headers: HTTPFields = [:]
    ) {
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.fieldErrors = fieldErrors
        self.headers = headers
    }

    /// One invalid field of a request body.
    public struct FieldError: Sendable, Hashable, Encodable {
        public var field: String
        public var detail: String

        public init(field: String, detail: String) {
            self.field = field
            self.detail = detail
        }
    }

    public static func unauthorized(_ detail: String = "a valid API key is required (Authorization: Bearer KEY)") -> Problem {
        Problem(
            status: .unauthorized, slug: "unauthorized", title: "Unauthorized", detail: detail,
            headers: [.wwwAuthenticate: "Bearer realm=\"shipwatch\""])
    }

    public static func forbidden(_ detail: String) -> Problem {
        Problem(status: .forbidden, slug: "forbidden", title: "Forbidden", detail: detail)
    }

    /// The one answer for a shipment that does not exist and one of another store.
    public static func trackingNotFound() -> Problem {
        Problem(status: .notFound, slug: "not-found", title: "Not Found", detail: "no shipment with this tracking number")
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, slug: "not-found", title: "Not Found", detail: detail)
    }

    public static func rateLimited(retryAfterSeconds: Int) -> Problem {
        Problem(
            status: .tooManyRequests, slug: "rate-limited", title: "Too Many Requests",
            detail: "request limit reached; retry after \(retryAfterSeconds) s",
            headers: [.retryAfter: String(retryAfterSeconds)])
    }

    public static func invalidFields(_ errors: [FieldError]) -> Problem {
        Problem(
            status: .unprocessableContent, slug: "invalid-fields", title: "Unprocessable Content",
            detail: errors.map { "\($0.field): \($0.detail)" }.joined(separator: "; "), fieldErrors: errors)
    }

    public static func badRequest(_ detail: String) -> Problem {
        Problem(status: .badRequest, slug: "bad-request", title: "Bad Request", detail: detail)
    }

    /// The response: `application/problem+json`, never cached.
    public func response() -> Response {
        let document = ProblemDocument(
            type: "/problems/\(slug)", title: title, status: Int(status.code), detail: detail,
            errors: fieldErrors.isEmpty ? nil : fieldErrors)
        var fields = headers
        fields[.contentType] = "application/problem+json"
        fields[.cacheControl] = "no-store"
        let body = (try? JSONCoding.encode(document)) ?? Data("{}".utf8)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// The wire form of a problem.
struct ProblemDocument: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [Problem.FieldError]?
}
