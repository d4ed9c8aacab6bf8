import AsyncHTTPClient
import NIOCore

/// The one AsyncHTTPClient a process uses for every carrier: pooled connections, shut down at the end.
public enum HTTPClientFactory {
    /// Runs `body` with a fresh client and always shuts it down.
    public static func withClient<Result: Sendable>(
        connectionsPerHost: Int = 16,
        _ body: (HTTPClient) async throws -> Result
    ) async throws -> Result {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: connectionsPerHost
        )
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
