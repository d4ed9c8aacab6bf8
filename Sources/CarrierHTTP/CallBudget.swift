import CarrierCatalog
import Foundation
import ShipwatchCore

/// One client's share of the carrier's allowance: reserves calls from the shared `CarrierAllowance` (a block
/// for a poll chunk, or one at a time), holds what was granted, spends one per request attempt, and gives back
/// what was never sent.
public actor CallBudget {
    /// The carrier whose calls these are.
    public nonisolated let carrier: Carrier
    /// The limits this process asks the allowance to enforce.
    public nonisolated let limits: CallLimits
    private let allowance: any CarrierAllowance
    private let rateLimiter: RateLimiter
    private let time: TimeSource
    /// Grants and how many of their calls are still unspent, oldest first.
    private var held: [HeldGrant] = []

    /// - Parameters:
    ///   - allowance: the shared authority (PostgreSQL in production, in-memory otherwise).
    ///   - rateLimiter: this client's pacing; held back until a grant's first call may go.
    public init(carrier: Carrier, limits: CallLimits, allowance: any CarrierAllowance, rateLimiter: RateLimiter, time: TimeSource = .system) {
        self.carrier = carrier
        self.limits = limits
        self.allowance = allowance
        self.rateLimiter = rateLimiter
        self.time = time
    }

    /// Calls granted and not yet spent.
    public var heldCalls: Int {
        held.reduce(0) { $0 + $1.left }
    }

    /// Reserves up to `calls` more calls and holds them; this client's requests wait until the shared rate lets
    /// the first one go. Throws when the allowance cannot be reached.
    @discardableResult
    public func reserve(calls: Int, urgency: CallUrgency) async throws -> AllowanceGrant {
        let now = time.wallClock()
        let request = AllowanceRequest(carrier: carrier, calls: calls, urgency: urgency, limits: limits)
        let grant = try await allowance.reserve(request, now: now)
        guard grant.calls > 0 else { return grant }
        held.append(HeldGrant(grant: grant, left: grant.calls))
        if let notBefore = grant.notBefore, notBefore > now {
            await rateLimiter.pause(for: .clampedSeconds(notBefore.timeIntervalSince(now)))
        }
        return grant
    }

    /// Gives every held, unspent call back to the allowance (end of a chunk or a run). Best effort: a call not
    /// given back stays counted as spent, which errs on the safe side.
    public func releaseUnused() async {
        let now = time.wallClock()
        let unused = held.filter { $0.left > 0 }
        held = []
        for entry in unused {
            try? await allowance.refund(entry.grant, unused: entry.left, now: now)
        }
    }

    /// Bans the carrier for every process until `seconds` from now.
    public func ban(forSeconds seconds: Double, reason: String) async {
        guard seconds > 0, seconds.isFinite else { return }
        let now = time.wallClock()
        try? await allowance.ban(carrier, until: now.addingTimeInterval(min(seconds, 1e9)), reason: reason, now: now)
    }

    /// What spending one call came to.
    enum Spend {
        case granted
        case refused(CarrierError)
    }

    /// Takes one call for a request about to be sent: from what is held, else from a fresh urgent reservation
    /// (the work was claimed already, or a person asked).
    func spend() async -> Spend {
        if take() { return .granted }
        do {
            let grant = try await reserve(calls: 1, urgency: .urgent)
            if grant.calls > 0, take() { return .granted }
            return .refused(Self.error(for: grant.refusal, carrier: carrier, now: time.wallClock()))
        } catch {
            return .refused(.transient(detail: "the call allowance could not be reached: \(error)"))
        }
    }

    /// Puts back a call taken for a request that was never sent.
    func putBack() {
        guard let index = held.lastIndex(where: { $0.left < $0.grant.calls }) else { return }
        held[index].left += 1
    }

    private func take() -> Bool {
        guard let index = held.lastIndex(where: { $0.left > 0 }) else { return false }
        held[index].left -= 1
        return true
    }

    /// The error a batch fails with when no call could be had.
    static func error(for refusal: AllowanceRefusal?, carrier: Carrier, now: Date) -> CarrierError {
        switch refusal {
        case .banned(let until, _)?:
            .rateLimited(retryAfter: max(0, until.timeIntervalSince(now)).rounded(.up))
        case let refusal?:
            .quotaExhausted(detail: "\(CarrierCatalog.roster.displayName(of: carrier)) \(refusal)")
        case nil:
            .quotaExhausted(detail: "\(CarrierCatalog.roster.displayName(of: carrier)) call budget spent")
        }
    }
}

/// A grant and its calls not yet spent.
private struct HeldGrant {
    let grant: AllowanceGrant
    var left: Int
}
