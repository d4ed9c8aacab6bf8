import Synchronization

/// A result handed once from one task to another. The first ``resolve(_:)`` wins and later ones are ignored;
/// ``value()`` waits for it.
///
/// Waiting is what a plain task group cannot do here: a group always waits for every child, so a child stuck
/// in the connection pool would hold its caller too. A hand-off lets the caller go on when a timer resolves it,
/// and the stuck task is simply no longer waited for.
public final class HandOff<Value: Sendable>: Sendable {
    private enum State {
        case pending([CheckedContinuation<Value, any Error>])
        case resolved(Result<Value, any Error>)
    }

    private let state = Mutex<State>(.pending([]))

    public init() {}

    /// Hands `result` over, waking every waiter. Returns false when a result had already been handed over
    /// (this one is then dropped).
    @discardableResult
    public func resolve(_ result: Result<Value, any Error>) -> Bool {
        let waiters: [CheckedContinuation<Value, any Error>]? = state.withLock { state in
            guard case .pending(let waiters) = state else { return nil }
            state = .resolved(result)
            return waiters
        }
        guard let waiters else { return false }
        for waiter in waiters { waiter.resume(with: result) }
        return true
    }

    /// The handed-over value, or the handed-over error; waits until there is one.
    public func value() async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Value, any Error>? = state.withLock { state in
                switch state {
                case .pending(var waiters):
                    waiters.append(continuation)
                    state = .pending(waiters)
                    return nil
                case .resolved(let result):
                    return result
                }
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
