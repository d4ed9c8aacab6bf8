import CarrierSimulator
import Foundation
import Logging
import ShipwatchCore

/// Runs the carrier simulator on a free loopback port for the duration of a test.
enum SimulatorHarness {
    static func withSimulator<Result: Sendable>(
        _ engine: SimulatorEngine,
        _ body: (_ baseURL: String) async throws -> Result
    ) async throws -> Result {
        let port = PortBox()
        let logger: Logger = {
            var logger = Logger(label: "test.simulator")
            logger.logLevel = .critical
            return logger
        }()
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask {
                try await CarrierSimulatorServer.run(engine: engine, port: 0, logger: logger, handleSignals: false) { bound in
                    await port.set(bound)
                }
            }
            defer { group.cancelAll() }
            let bound = try await port.wait()
            return try await body("http://127.0.0.1:\(bound)")
        }
    }

    /// The admin counters, over HTTP as a test would see them.
    static func counters(_ baseURL: String) async throws -> SimulatorCounters {
        let (data, _) = try await HTTPGet.fetch("\(baseURL)/_admin/counters")
        return try JSONDecoder().decode(SimulatorCounters.self, from: data)
    }
}

/// The simulator's bound port, handed from its start callback to the test.
actor PortBox {
    private var port: Int?

    func set(_ port: Int) { self.port = port }

    func wait() async throws -> Int {
        for _ in 0..<500 {
            if let port { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw HarnessError("the simulator did not start within 5 s")
    }
}

/// A test-harness failure with a message.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
