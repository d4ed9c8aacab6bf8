import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Cacheable JSON answers: a strong `ETag` over the exact body bytes, `If-None-Match` → 304, and
/// `Cache-Control: private, max-age=60`.
enum ConditionalGet {
    static let cacheControl = "private, max-age=60"

    static func respond(_ body: [UInt8], contentType: String = "application/json", request: Request) -> Response {
        let tag = etag(body)
        var headers: HTTPFields = [.eTag: tag, .cacheControl: cacheControl]
        if let condition = request.headers[.ifNoneMatch], matches(condition, tag: tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `"<first 16 bytes of SHA-256, hex>"`: a strong validator (byte-identical bodies only).
    static func etag(_ body: [UInt8]) -> String {
        "\"" + Hex.encode(SHA256.hash(data: body).prefix(16)) + "\""
    }

    /// RFC 9110 §13.1.2: `*`, or a list of entity tags compared weakly (a `W/` prefix is ignored).
    static func matches(_ header: String, tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var trimmed = candidate.trimmingCharacters(in: .whitespaces)
            if trimmed == "*" { return true }
            if trimmed.hasPrefix("W/") { trimmed.removeFirst(2) }
            return trimmed == tag
        }
    }
}
