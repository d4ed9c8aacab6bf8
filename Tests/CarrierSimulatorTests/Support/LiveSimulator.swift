import AsyncHTTPClient
import CarrierHTTP
import CarrierSimulator
import Logging

/// The carrier simulator served over real HTTP on a free local port for the length of one test,
/// with one AsyncHTTPClient to reach it.
struct LiveSimulator: Sendable {
    let engine: SimulatorEngine
    let port: Int
    let httpClient: HTTPClient

    /// Where every carrier's API lives on this simulator.
    var baseURL: CarrierBaseURL {
        guard let url = CarrierBaseURL("http://127.0.0.1:\(port)") else {
            preconditionFailure("a loopback URL with a port always parses")
        }
        return url
    }

    /// Starts the simulator on 127.0.0.1 port 0, runs `body` against it, then shuts the client down and stops the server.
    static func run<Value: Sendable>(
        engine: SimulatorEngine,
        _ body: (LiveSimulator) async throws -> Value
    ) async throws -> Value {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Ends the port stream whatever happens, so a server that fails to start cannot hang the test.
                defer { portContinuation.finish() }
                try await CarrierSimulatorServer.run(
                    engine: engine,
                    host: "127.0.0.1",
                    port: 0,
                    logger: Logger(label: "carrier-simulator-tests") { _ in SwiftLogNoOpLogHandler() },
                    handleSignals: false,
                    onStarted: { port in portContinuation.yield(port) }
                )
            }
            var portIterator = ports.makeAsyncIterator()
            guard let port = await portIterator.next() else {
                try await group.next()
                throw SimulatorDidNotStart()
            }
            let httpClient = HTTPClient()
            let outcome: Result<Value, any Error>
            do {
                outcome = .success(try await body(LiveSimulator(engine: engine, port: port, httpClient: httpClient)))
            } catch {
                outcome = .failure(error)
            }
            try await httpClient.shutdown()
            group.cancelAll()
            return try outcome.get()
        }
    }
}

/// The simulator server ended before reporting its port.
struct SimulatorDidNotStart: Error {}
