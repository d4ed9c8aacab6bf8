import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Minimal HTTP calls for tests (admin endpoints of the simulator).
enum HTTPGet {
    static func fetch(_ url: String, method: HTTPMethod = .GET, body: Data? = nil) async throws -> (Data, Int) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return (Data(Array(buffer: buffer)), Int(response.status.code))
    }
}
