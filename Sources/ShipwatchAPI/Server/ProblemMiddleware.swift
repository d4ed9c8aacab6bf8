import Hummingbird
import Logging

/// Turns every error into an RFC 9457 `application/problem+json` response: a ``Problem`` as it is, Hummingbird's
/// HTTP errors (unknown route, body too large) by their status, anything else as a bare 500 whose cause is
/// logged, never sent.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response()
        } catch let page as PageResponse {
            return page.response
        } catch let error as any HTTPResponseError {
            return Self.problem(for: error.status).response()
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: type(of: error)))", "path": "\(request.uri.path)"])
            return Problem(
                status: .internalServerError, slug: "internal", title: "Internal Server Error",
                detail: "the request could not be completed; it has been logged"
            ).response()
        }
    }

    static func problem(for status: HTTPResponse.Status) -> Problem {
        switch status {
        case .notFound: Problem.notFound("no such resource")
        case .contentTooLarge: Problem(status: status, slug: "body-too-large", title: "Content Too Large", detail: "the request body exceeds the limit")
        case .methodNotAllowed: Problem(status: status, slug: "method-not-allowed", title: "Method Not Allowed", detail: "this resource does not accept that method")
        default: Problem(status: status, slug: "http-\(status.code)", title: status.reasonPhrase, detail: status.reasonPhrase)
        }
    }
}
