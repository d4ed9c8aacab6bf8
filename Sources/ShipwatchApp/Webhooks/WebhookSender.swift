import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ShipwatchCore
import ShipwatchStore

/// Sends one signed attempt: POST with the Standard Webhooks headers, a deadline over the whole exchange, the
/// answer read up to a limit, no redirect followed (the clients are built with redirects off). 2xx is delivered. A
/// checked host name is sent through its pinned client, which connects to the checked address only.
struct WebhookSender: Sendable {
    let clients: WebhookPassClients
    let settings: WebhookSettings
    let resolver: WebhookTargetResolver

    /// What came of one attempt.
    struct Attempt: Sendable {
        var statusCode: Int?
        var error: String?
        var durationMilliseconds: Int
        var delivered: Bool { error == nil && (statusCode.map { (200..<300).contains($0) } ?? false) }
    }

    func send(_ delivery: ClaimedWebhookDelivery, now: Date) async -> Attempt {
        let started = ContinuousClock.now
        func finish(_ statusCode: Int?, _ error: String?) -> Attempt {
            Attempt(statusCode: statusCode, error: error, durationMilliseconds: Self.milliseconds(ContinuousClock.now - started))
        }
        let pin: WebhookPinnedTarget?
        switch await resolver.check(url: delivery.url) {
        case .refused(let problem): return finish(nil, "target refused: \(problem)")
        case .allowed(let checked): pin = checked
        }
        let client: HTTPClient
        do {
            client = try await clients.client(for: pin)
        } catch {
            return finish(nil, error.description)
        }
        let secrets = delivery.secrets.compactMap(WebhookSecret.init(text:))
        guard !secrets.isEmpty else { return finish(nil, "the endpoint's secret is unreadable") }
        let body = Data(delivery.body.utf8)
        let timestamp = Int64(now.timeIntervalSince1970.rounded(.down))
        var request = HTTPClientRequest(url: delivery.url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: "Shipwatch-Webhooks/1")
        request.headers.add(name: "webhook-id", value: delivery.eventID)
        request.headers.add(name: "webhook-timestamp", value: String(timestamp))
        request.headers.add(
            name: "webhook-signature",
            value: WebhookSigner.signatureHeader(id: delivery.eventID, timestamp: timestamp, body: body, secrets: secrets))
        request.body = .bytes(ByteBuffer(bytes: body))
        let prepared = request
        let timeout = Duration.milliseconds(Int64(settings.timeoutSeconds * 1_000))
        do {
            let status = try await withThrowingTaskGroup(of: Int?.self, returning: Int?.self) { group in
                group.addTask { try await exchange(prepared, through: client) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
            guard let status else { return finish(nil, "timed out after \(settings.timeoutSeconds) s") }
            return finish(status, (200..<300).contains(status) ? nil : "HTTP \(status)")
        } catch let error as HTTPClientError where Self.timeouts.contains(error) {
            // The client's own deadline can fire just before the timer above: the same timeout, told the same way.
            return finish(nil, "timed out after \(settings.timeoutSeconds) s")
        } catch {
            return finish(nil, Self.describe(error))
        }
    }

    /// The status of the answer, after reading at most `maxResponseBytes` of its body.
    private func exchange(_ request: HTTPClientRequest, through client: HTTPClient) async throws -> Int {
        let response = try await client.execute(request, timeout: .milliseconds(Int64(settings.timeoutSeconds * 1_000)))
        var read = 0
        for try await chunk in response.body {
            read += chunk.readableBytes
            if read >= settings.maxResponseBytes { break }
        }
        return Int(response.status.code)
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(clamping: seconds * 1_000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The client errors that mean the receiver took longer than the timeout.
    static let timeouts: [HTTPClientError] = [.deadlineExceeded, .readTimeout, .connectTimeout]

    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError { return "HTTP client: \(error)" }
        return String(describing: error).prefix(300).description
    }
}
