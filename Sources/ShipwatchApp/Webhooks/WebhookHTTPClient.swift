import AsyncHTTPClient
import NIOCore

/// The HTTP client of webhook deliveries: its own pool, redirects never followed.
public enum WebhookHTTPClient {
    /// Runs `body` with a fresh client and always shuts it down.
    public static func with<Result: Sendable>(
        settings: WebhookSettings, _ body: (HTTPClient) async throws -> Result
    ) async throws -> Result {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration(settings: settings))
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// The configuration of every delivery client (the shared one, and each pass's pinned ones): redirects off, the
    /// attempt timeout for connecting and reading, `concurrency` connections per host.
    static func configuration(settings: WebhookSettings) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool = .init(
            idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, settings.concurrency))
        configuration.timeout = .init(
            connect: .milliseconds(Int64(settings.timeoutSeconds * 1_000)), read: .milliseconds(Int64(settings.timeoutSeconds * 1_000)))
        return configuration
    }
}
