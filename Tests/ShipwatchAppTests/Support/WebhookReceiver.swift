import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import ShipwatchApp

/// A loopback webhook receiver for tests: verifies every signature with the endpoint's secret, counts attempts per
/// `webhook-id`, and behaves per path: `/ok` answers 204, `/flaky` answers 500 to the first `failFirst` attempts of
/// each id, `/codes` answers the statuses of `failStatuses` in turn to the first attempts of each id, `/hang` sleeps
/// `hangSeconds` before answering, `/huge` answers 200 with a body of `hugeBytes`, `/slow` answers after
/// `slowMilliseconds`.
actor WebhookReceiverState {
    var secret: WebhookSecret?
    var failFirst = 0
    var failStatuses: [Int] = []
    var hangSeconds = 5.0
    var slowMilliseconds = 0
    private(set) var attempts: [String: Int] = [:]
    /// Attempts answered 2xx, per id.
    private(set) var accepted: [String: Int] = [:]
    private(set) var badSignatures = 0
    private(set) var bodies: [String: Data] = [:]
    private(set) var changedBodies = 0
    /// Accepted ids in arrival order.
    private(set) var acceptedOrder: [String] = []
    /// The `Host` of every request, in arrival order.
    private(set) var hosts: [String] = []

    func configure(
        secret: WebhookSecret? = nil, failFirst: Int? = nil, failStatuses: [Int]? = nil, hangSeconds: Double? = nil,
        slowMilliseconds: Int? = nil
    ) {
        if let secret { self.secret = secret }
        if let failFirst { self.failFirst = failFirst }
        if let failStatuses { self.failStatuses = failStatuses }
        if let hangSeconds { self.hangSeconds = hangSeconds }
        if let slowMilliseconds { self.slowMilliseconds = slowMilliseconds }
    }

    /// Records an attempt; returns whether its signature verified and how many attempts this id has had.
    func record(id: String, host: String, timestamp: String, signature: String, body: Data) -> (verified: Bool, attempt: Int) {
        hosts.append(host)
        var verified = false
        if let secret, let stamp = Int64(timestamp) {
            verified = WebhookSigner.verify(header: signature, id: id, timestamp: stamp, body: body, secret: secret)
        }
        if !verified { badSignatures += 1 }
        attempts[id, default: 0] += 1
        if let previous = bodies[id], previous != body { changedBodies += 1 }
        bodies[id] = body
        return (verified, attempts[id] ?? 1)
    }

    func accept(_ id: String) {
        accepted[id, default: 0] += 1
        acceptedOrder.append(id)
    }

    /// The decoded events that were accepted, in arrival order.
    func acceptedEvents() throws -> [WebhookEventBody] {
        try acceptedOrder.compactMap { id in try bodies[id].map { try JSONDecoder().decode(WebhookEventBody.self, from: $0) } }
    }
}

/// The fields of an event body the tests look at.
struct WebhookEventBody: Decodable, Sendable {
    struct Data: Decodable, Sendable {
        struct Finding: Decodable, Sendable {
            var rule: String
            var severity: String
        }
        struct Remedy: Decodable, Sendable {
            var kind: String
            var status: String
            var message: String?
            var compensation: String?
        }
        var order_ref: String
        var tracking_number: String
        var customer_email: String?
        var finding: Finding?
        var remedy: Remedy?
    }
    var id: String
    var type: String
    var data: Data
}

enum WebhookReceiver {
    static let hugeBytes = 8 * 1024 * 1024

    /// Runs the receiver on a free loopback port for the duration of `body`, which gets its base URL (`https://` when
    /// `tls` is given).
    static func with<Result: Sendable>(
        _ state: WebhookReceiverState, tls: TLSConfiguration? = nil, _ body: (_ baseURL: String) async throws -> Result
    ) async throws -> Result {
        let router = Router()
        let huge = ByteBuffer(repeating: UInt8(ascii: "x"), count: hugeBytes)
        router.post(":mode") { request, context -> Response in
            let mode = context.parameters.get("mode") ?? "ok"
            let id = request.headers[HTTPField.Name("webhook-id")!] ?? ""
            let timestamp = request.headers[HTTPField.Name("webhook-timestamp")!] ?? ""
            let signature = request.headers[HTTPField.Name("webhook-signature")!] ?? ""
            let buffer = try await request.body.collect(upTo: 1_048_576)
            let (verified, attempt) = await state.record(
                id: id, host: request.head.authority ?? "", timestamp: timestamp, signature: signature, body: Data(buffer.readableBytesView))
            guard verified else { return Response(status: .unauthorized) }
            switch mode {
            case "flaky":
                if attempt <= (await state.failFirst) { return Response(status: .internalServerError) }
            case "codes":
                let statuses = await state.failStatuses
                if attempt <= statuses.count { return Response(status: .init(code: statuses[attempt - 1])) }
            case "hang":
                try await Task.sleep(for: .seconds(await state.hangSeconds))
            case "slow":
                try await Task.sleep(for: .milliseconds(await state.slowMilliseconds))
            case "huge":
                await state.accept(id)
                return Response(status: .ok, body: ResponseBody(byteBuffer: huge))
            default:
                break
            }
            await state.accept(id)
            return Response(status: .noContent)
        }
        let port = PortBox()
        var logger = Logger(label: "test.webhook-receiver")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            server: try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "webhook-receiver"),
            onServerRunning: { channel in await port.set(channel.localAddress?.port ?? 0) },
            logger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            let bound = try await port.wait()
            return try await body("\(tls == nil ? "http" : "https")://127.0.0.1:\(bound)")
        }
    }
}
