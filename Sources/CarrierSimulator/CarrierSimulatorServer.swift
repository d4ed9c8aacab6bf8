import Foundation
import Hummingbird
import Logging
import NIOCore
import ShipwatchCore

/// The carrier simulator as a running HTTP server: one port speaking all four carriers' APIs.
public enum CarrierSimulatorServer {
    /// Runs the simulator until the task is cancelled or a shutdown signal arrives.
    ///
    /// - Parameters:
    ///   - port: 0 picks a free port; `onStarted` receives the bound one.
    ///   - handleSignals: true to stop on SIGTERM/SIGINT (the CLI); false when embedded in tests.
    public static func run(
        engine: SimulatorEngine,
        host: String = "127.0.0.1",
        port: Int,
        logger: Logger,
        handleSignals: Bool = true,
        onStarted: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let app = Application(
            router: SimulatorRouter.build(engine: engine),
            configuration: .init(address: .hostname(host, port: port), serverName: "shipwatch-carrier-simulator"),
            onServerRunning: { channel in
                await onStarted(channel.localAddress?.port ?? port)
            },
            logger: logger
        )
        if handleSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }
}
