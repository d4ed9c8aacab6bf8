import Logging
import ShipwatchCore
import ShipwatchStore
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
        // the server never answers) is given up on, so cron never stacks stuck runs. The group runs in its own task
        // and is raced through a hand-off, not a task group: a group would wait for its stuck child forever.
        let limit = Duration.milliseconds(Int64(saturating: job.options.maxDurationSeconds * 1_000))
            + PollJob.databaseGrace + PollJob.cleanupGrace + .seconds(10)
        let ended = HandOff<Bool>()
        let running = Task {
            do {
                try await group.run()
                ended.resolve(.success(true))
            } catch {
                ended.resolve(.failure(error))
            }
        }
        let timer = Task {
            try? await Task.sleep(for: limit)
            ended.resolve(.success(false))
        }
        let finishedInTime = try await ended.value()
        timer.cancel()
        guard finishedInTime else {
            running.cancel()
            let reason = "the run did not finish within its bound plus \((limit.components.seconds) - Int64(saturating: job.options.maxDurationSeconds)) s "
                + "(a database operation never ended); it was given up"
            let released = await job.giveUp(reason: reason)
            throw ShipwatchFailure.databaseUnavailable(
                reason + (released ? "; its leases were handed back" : "; its leases expire after poll.lease_seconds"))
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
