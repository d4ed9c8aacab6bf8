import Foundation
import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1
import ShipwatchCore

/// `HTTPTransport` over one shared AsyncHTTPClient `HTTPClient` (pooled connections; never one per request).
///
/// Every request carries a deadline of `now + timeout` that covers the whole exchange, body included.
/// The body is read chunk by chunk and refused as soon as it would exceed the limit, or before reading
/// anything when `Content-Length` already says it will.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let logger: Logger?

    /// - Parameters:
    ///   - client: the process-wide client, owned (and shut down) by the caller; `HTTPClient.shared` works too.
    ///   - logger: handed to AsyncHTTPClient for its connection-level logs; none by default. Its level is raised to
    ///     at least `debug`, because AsyncHTTPClient's `trace` lines dump bodies, and token answers are bodies.
    public init(client: HTTPClient, logger: Logger? = nil) {
        self.client = client
        self.logger = logger.map { logger in
            var clamped = logger
            clamped.logLevel = max(logger.logLevel, .debug)
            return clamped
        }
    }

    /// Sends the request over the shared client; see `HTTPTransport.execute`.
    public func execute(
        _ request: WireRequest,
        baseURL: CarrierBaseURL,
        timeout: Duration,
        maxBodyBytes: Int
    ) async throws(CarrierError) -> WireResponse {
        let httpRequest = Self.makeRequest(request, baseURL: baseURL)
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        do {
            return try await Self.racing(deadline: deadline) { [client, logger] in
                try await Self.perform(httpRequest, client: client, deadline: deadline, maxBodyBytes: maxBodyBytes, logger: logger)
            }
        } catch {
            throw TransportErrorMapping.carrierError(for: error, timeout: timeout)
        }
    }

    static func makeRequest(_ request: WireRequest, baseURL: CarrierBaseURL) -> HTTPClientRequest {
        var httpRequest = HTTPClientRequest(url: baseURL.url(for: request))
        httpRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers {
            httpRequest.headers.add(name: field.name, value: field.value)
        }
        if let body = request.body {
            httpRequest.body = .bytes(ByteBuffer(bytes: body))
        }
        return httpRequest
    }

    /// Runs `operation` and fails with `DeadlineExceeded` when the deadline passes first (the operation is then cancelled).
    ///
    /// AsyncHTTPClient's own deadline stops at the response head; this one also bounds a body that trickles or stalls.
    private static func racing(
        deadline: NIODeadline,
        _ operation: @escaping @Sendable () async throws -> WireResponse
    ) async throws -> WireResponse {
        try await withThrowingTaskGroup(of: WireResponse.self) { group in
            group.addTask(operation: operation)
            group.addTask {
                let remaining = (deadline - NIODeadline.now()).nanoseconds
                if remaining > 0 { try await Task.sleep(nanoseconds: UInt64(remaining)) }
                throw DeadlineExceeded()
            }
            defer { group.cancelAll() }
            guard let response = try await group.next() else { throw DeadlineExceeded() }
            return response
        }
    }

    private static func perform(
        _ request: HTTPClientRequest,
        client: HTTPClient,
        deadline: NIODeadline,
        maxBodyBytes: Int,
        logger: Logger?
    ) async throws -> WireResponse {
        let response = try await client.execute(request, deadline: deadline, logger: logger)
        let declared = response.headers.first(name: "content-length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if let declared, declared > maxBodyBytes {
            throw CarrierError.malformedPayload(detail: "body exceeds \(maxBodyBytes) bytes (Content-Length \(declared))")
        }
        var body: [UInt8] = []
        body.reserveCapacity(min(declared ?? 16 * 1024, maxBodyBytes))
        // Dropping the iterator early (by throwing) makes AsyncHTTPClient cancel the request and close the connection.
        for try await chunk in response.body {
            guard body.count + chunk.readableBytes <= maxBodyBytes else {
                throw CarrierError.malformedPayload(detail: "body exceeds \(maxBodyBytes) bytes")
            }
            body.append(contentsOf: chunk.readableBytesView)
        }
        // A cancelled body stream may end early instead of throwing: never hand out a truncated body.
        try Task.checkCancellation()
        let headers = response.headers.map { WireField($0.name, $0.value) }
        return WireResponse(status: Int(response.status.code), headers: headers, body: body)
    }
}

/// The whole-exchange deadline passed.
struct DeadlineExceeded: Error {}
