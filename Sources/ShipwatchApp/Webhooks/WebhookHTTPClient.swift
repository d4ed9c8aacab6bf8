import AsyncHTTPClient
import NIOCore

/// The HTTP client of webhook deliveries: its own pool, redirects never followed.
public enum WebhookHTTPClient {
    /// Runs `body` with a fresh client and always shuts it down.
    public static func with<Result: Sendable>(
        settings: WebhookSettings, _ body: (HTTPClient) async throws -> Result
    ) async throws -> Result {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool = .init(
            idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, settings.concurrency))
        configuration.timeout = .init(
            connect: .milliseconds(Int64(settings.timeoutSeconds * 1_000)), read: .milliseconds(Int64(settings.timeoutSeconds * 1_000)))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
