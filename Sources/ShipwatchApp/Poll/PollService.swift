import Logging
import ShipwatchCore
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
        let group = ServiceGroup(configuration: configuration)
        // The watchdog: a run still busy well past its bound (a database that accepts no connection, a statement
        // the server never answers) is cancelled, so cron never stacks stuck runs; its leases expire.
        let limit = Duration.milliseconds(Int64(saturating: job.options.maxDurationSeconds * 1_000))
            + PollJob.databaseGrace + .seconds(30)
        let finishedInTime = try await withThrowingTaskGroup(of: Bool.self) { tasks in
            tasks.addTask {
                try await group.run()
                return true
            }
            tasks.addTask {
                try await Task.sleep(for: limit)
                return false
            }
            let first = try await tasks.next() ?? true
            tasks.cancelAll()
            return first
        }
        guard finishedInTime else {
            throw ShipwatchFailure.databaseUnavailable(
                "the run did not finish within its bound plus \((PollJob.databaseGrace + .seconds(30)).components.seconds) s "
                    + "(the database stopped answering?); it was cancelled and its leases expire after poll.lease_seconds")
        }
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
