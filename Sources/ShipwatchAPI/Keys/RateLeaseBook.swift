import ShipwatchCore

/// This process's share of the per-key rate windows: blocks of requests leased from the shared
/// ``RateLimitCounter`` (PostgreSQL in production) and spent locally, so a key's window row is written once per
/// block instead of once per request, which serialized every request of a busy key on that row's lock.
///
/// The limit stays exact from above: every admitted request was granted by the shared counter, so all replicas
/// together never admit more than the limit in one window. The cost is on the other side: requests a replica
/// leased but did not spend before its window ended are lost, so with R replicas a key may be refused at most
/// R × (block − 1) requests short of its limit. A block is 2 % of the limit (1 to 100 requests), so a limit of
/// 50 or less is counted request by request.
actor RateLeaseBook {
    private struct Block {
        var window: RateWindow
        var remaining: Int
        /// The shared window granted less than was asked: it is spent once `remaining` is.
        var lastOfWindow: Bool
    }

    private let counter: any RateLimitCounter
    private var blocks: [String: Block] = [:]
    /// Buckets with a lease in flight, and the requests waiting for it.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(counter: any RateLimitCounter) {
        self.counter = counter
    }

    /// How many requests one lease asks for under `limit`.
    static func blockSize(limit: Int) -> Int {
        min(100, max(1, limit / 50))
    }

    /// Whether one more request fits in `window` under `limit`, leasing a new block from the shared counter when
    /// this process's block of that window is spent. One lease per bucket is in flight at a time; concurrent
    /// requests wait for it and then look again.
    func admit(_ window: RateWindow, limit: Int) async throws -> Bool {
        while true {
            if let block = blocks[window.bucket], block.window == window {
                if block.remaining > 0 {
                    blocks[window.bucket]?.remaining = block.remaining - 1
                    return true
                }
                if block.lastOfWindow { return false }
            }
            if waiting[window.bucket] != nil {
                await withCheckedContinuation { waiting[window.bucket, default: []].append($0) }
                continue
            }
            waiting[window.bucket] = []
            defer {
                for waiter in waiting.removeValue(forKey: window.bucket) ?? [] { waiter.resume() }
            }
            let wanted = Self.blockSize(limit: limit)
            let granted = try await counter.lease(window, wanted: wanted, limit: limit)
            // A lease for an older window may land after a newer one: keep the newer.
            if let current = blocks[window.bucket], current.window.start > window.start { continue }
            blocks[window.bucket] = Block(window: window, remaining: granted, lastOfWindow: granted < wanted)
        }
    }
}
