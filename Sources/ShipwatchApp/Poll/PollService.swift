import Logging
import ServiceLifecycle
import UnixSignals

/// Runs a poll job inside a `ServiceGroup`, so SIGTERM/SIGINT stop claiming gracefully: in-flight batches finish
/// or are handed back, the run record is written, and the process exits within seconds.
struct PollService: Service, CustomStringConvertible {
    var job: PollJob
    var stop: PollStopSignal
    var outcome: PollOutcomeBox

    var description: String { "PollService" }

    func run() async throws {
        await withGracefulShutdownHandler {
            do {
                let summary = try await job.run(stop: stop)
                await outcome.set(.success(summary))
            } catch {
                await outcome.set(.failure(error))
            }
        } onGracefulShutdown: {
            stop.request()
        }
    }

    /// Runs `job` until it finishes or a signal stops it; returns its summary.
    static func runHandlingSignals(_ job: PollJob, logger: Logger) async throws -> PollRunSummary {
        let stop = PollStopSignal()
        let outcome = PollOutcomeBox()
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: PollService(job: job, stop: stop, outcome: outcome),
                             successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        // A batch in flight gets this long to finish after a signal; then the run is cancelled (its leases expire).
        configuration.maximumGracefulShutdownDuration = .seconds(8)
        try await ServiceGroup(configuration: configuration).run()
        guard let result = await outcome.result else {
            throw ShipwatchFailure.runCancelled
        }
        return try result.get()
    }
}

/// Where the poll service leaves its result for the caller.
actor PollOutcomeBox {
    private(set) var result: Result<PollRunSummary, any Error>?

    func set(_ result: Result<PollRunSummary, any Error>) { self.result = result }
}
