import CarrierCatalog
import CarrierHTTP
import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch quota`: each enabled carrier's shared allowance — calls used and left in the rolling hour and the
/// UTC day, the ban in force, the rate, and when the spread pace pays for the next normal call.
public struct QuotaAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    public func run(format: OutputFormat, now: Date = Date()) async throws -> String {
        try await context.withDatabase { database in
            let allowance = PostgresCarrierAllowance(database: database)
            var documents: [CarrierQuotaDocument] = []
            for carrier in CarrierCatalog.roster.carriers {
                let settings = context.config.carriers[carrier]
                guard settings.enabled ?? true else { continue }
                let limits = CarrierRegistry.limits(for: carrier, settings: settings).callLimits
                let state = try await allowance.state(of: carrier, now: now)
                documents.append(CarrierQuotaDocument(carrier: carrier, limits: limits, state: state, now: now))
            }
            switch format {
            case .json:
                return try Formatting.json(documents)
            case .table, .csv:
                var table = TextTable(headers: ["carrier", "hour used/limit", "hour left", "day used/limit", "day left",
                                                "rate", "spread", "next normal call", "banned until"])
                for document in documents { table.add(document.row) }
                return table.render()
            }
        }
    }
}

/// One carrier's line of `shipwatch quota`.
struct CarrierQuotaDocument: Encodable {
    var carrier: String
    var hourUsed: Int
    var hourLimit: Int?
    var hourRemaining: Int?
    var dayUsed: Int
    var dayLimit: Int?
    var dayRemaining: Int?
    var requestsPerSecond: Double?
    var spread: Bool
    /// When a normal (not urgent) reservation would next get a call; nil when it would get one now.
    var nextNormalCallAt: String?
    var bannedUntil: String?
    var banReason: String?

    init(carrier: Carrier, limits: CallLimits, state: AllowanceState, now: Date) {
        self.carrier = carrier.rawValue
        hourUsed = state.hourUsed
        hourLimit = limits.perHour
        hourRemaining = limits.perHour.map { max(0, $0 - state.hourUsed) }
        dayUsed = state.dayUsed
        dayLimit = limits.perDay
        dayRemaining = limits.perDay.map { max(0, $0 - state.dayUsed) }
        requestsPerSecond = limits.requestsPerSecond
        spread = limits.spreadsQuota
        let probe = AllowancePolicy.decide(AllowanceRequest(carrier: carrier, calls: 1, limits: limits), state: state, now: now)
        nextNormalCallAt = probe.grant.calls > 0 ? nil : probe.grant.refusal.map { Formatting.iso8601($0.retryAt) }
        if let until = state.bannedUntil, until > now {
            bannedUntil = Formatting.iso8601(until)
            banReason = state.banReason
        }
    }

    var row: [String] {
        func fraction(_ used: Int, _ limit: Int?) -> String { "\(used)/\(limit.map(String.init) ?? "-")" }
        return [
            carrier,
            fraction(hourUsed, hourLimit), hourRemaining.map(String.init) ?? "-",
            fraction(dayUsed, dayLimit), dayRemaining.map(String.init) ?? "-",
            requestsPerSecond.map { String(format: "%g/s", $0) } ?? "-",
            spread ? "yes" : "no",
            nextNormalCallAt ?? "now",
            bannedUntil.map { "\($0) (\(banReason ?? "ban"))" } ?? "-",
        ]
    }

    enum CodingKeys: String, CodingKey {
        case carrier, spread
        case hourUsed = "hour_used"
        case hourLimit = "hour_limit"
        case hourRemaining = "hour_remaining"
        case dayUsed = "day_used"
        case dayLimit = "day_limit"
        case dayRemaining = "day_remaining"
        case requestsPerSecond = "requests_per_second"
        case nextNormalCallAt = "next_normal_call_at"
        case bannedUntil = "banned_until"
        case banReason = "ban_reason"
    }
}
