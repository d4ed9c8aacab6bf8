import Synchronization

/// Answers lookups in batches: a lookup that arrives while `maxInFlight` batches are running waits, and every
/// lookup waiting when a batch ends goes out together in the next one (at most `maxBatch`).
///
/// At low load each lookup runs alone, at once, with no added wait. Under load one statement answers many
/// lookups: PostgreSQL plans and executes it once, and the pool, the socket and the statement's messages are
/// paid once per batch instead of once per lookup.
///
/// No task is started: the caller whose lookup heads a batch runs that batch in its own task, answers the
/// others, and hands the next batch to the waiter at its head.
final class LookupCoalescer<Request: Sendable, Answer: Sendable>: Sendable {
    /// Runs one batch; returns one answer per request, in order.
    typealias Batch = @Sendable ([Request]) async throws -> [Answer]

    private let maxInFlight: Int
    private let maxBatch: Int
    private let runBatch: Batch
    private let state = Mutex(State())

    /// - Parameters:
    ///   - maxInFlight: batches that may run at once (the pool's connections); at least 1.
    ///   - maxBatch: lookups in one batch; at least 1.
    ///   - runBatch: answers a batch, one answer per request in order.
    init(maxInFlight: Int, maxBatch: Int, runBatch: @escaping Batch) {
        self.maxInFlight = max(1, maxInFlight)
        self.maxBatch = max(1, maxBatch)
        self.runBatch = runBatch
    }

    /// The answer to `request`, from a batch it shares with the lookups waiting beside it.
    func answer(_ request: Request) async throws -> Answer {
        let wakeUp = await withCheckedContinuation { (continuation: CheckedContinuation<WakeUp, Never>) in
            let batch = state.withLock { state -> [Waiter]? in
                state.queue.append(Waiter(request: request, continuation: continuation))
                guard state.inFlight < maxInFlight else { return nil }
                state.inFlight += 1
                return state.takeBatch(maxBatch)
            }
            if let batch { continuation.resume(returning: .lead(batch)) }
        }
        switch wakeUp {
        case .answered(let result):
            return try result.get()
        case .lead(let batch):
            return try await lead(batch)
        }
    }

    /// Runs `batch` (headed by the caller's own lookup), answers the rest, and hands on the next batch.
    private func lead(_ batch: [Waiter]) async throws -> Answer {
        let outcome: Result<[Answer], any Error>
        do {
            let answers = try await runBatch(batch.map(\.request))
            outcome = answers.count == batch.count
                ? .success(answers) : .failure(LookupCoalescerError.answerCountMismatch(asked: batch.count, answered: answers.count))
        } catch {
            outcome = .failure(error)
        }
        // A leader whose own request was cancelled (its client went away) may have failed the batch for that
        // reason alone: the others go back to the head of the queue rather than share its failure.
        let requeue = Task.isCancelled && (try? outcome.get()) == nil
        if !requeue {
            for (index, waiter) in batch.enumerated().dropFirst() {
                waiter.continuation.resume(returning: .answered(outcome.map { $0[index] }))
            }
        }
        let next = state.withLock { state -> [Waiter]? in
            if requeue { state.queue.insert(contentsOf: batch.dropFirst(), at: 0) }
            guard !state.queue.isEmpty else {
                state.inFlight -= 1
                return nil
            }
            return state.takeBatch(maxBatch)
        }
        if let next, let head = next.first { head.continuation.resume(returning: .lead(next)) }
        return try outcome.get()[0]
    }

    private struct Waiter: Sendable {
        var request: Request
        var continuation: CheckedContinuation<WakeUp, Never>
    }

    /// What wakes a waiting lookup: its answer, or the batch it now heads and must run.
    private enum WakeUp: Sendable {
        case answered(Result<Answer, any Error>)
        case lead([Waiter])
    }

    private struct State: Sendable {
        var inFlight = 0
        var queue: [Waiter] = []

        mutating func takeBatch(_ limit: Int) -> [Waiter] {
            let count = min(limit, queue.count)
            let batch = Array(queue.prefix(count))
            queue.removeFirst(count)
            return batch
        }
    }
}

/// A batch that broke the coalescer's contract.
enum LookupCoalescerError: Error, Equatable {
    /// The batch returned a different number of answers than it was asked for.
    case answerCountMismatch(asked: Int, answered: Int)
}
