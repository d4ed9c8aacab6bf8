import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A response read whole: status, headers and body text.
struct Reply: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
}

extension TestClientProtocol {
    /// Sends one request, with `key` as a bearer token when given.
    func send(
        _ method: HTTPRequest.Method = .get, _ uri: String, key: String? = nil, headers: HTTPFields = [:], body: String? = nil
    ) async throws -> Reply {
        var fields = headers
        if let key { fields[.authorization] = "Bearer \(key)" }
        if body != nil, fields[.contentType] == nil { fields[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) }) { response in
            Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}
