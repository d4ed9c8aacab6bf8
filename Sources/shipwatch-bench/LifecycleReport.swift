import CarrierCatalog
import CarrierHTTP
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// What `shipwatch-bench lifecycle` measured, gathered run by run and summed up at the end.
struct LifecycleReport {
    let start: Date
    let shipments: Int
    let days: Int
    let cronMinutes: Int
    var runs = 0
    /// Runs in which a carrier stopped because its allowance refused (quota spent, pace, ban).
    var heldBack: [String: Int] = [:]
    /// The simulated time each shipment's first finding of each rule was seen.
    var firstFinding: [Int64: [RuleID: Date]] = [:]
    var lastFindingID: Int64 = 0
    var maxHourUsed: [Carrier: Int] = [:]
    var maxDayUsed: [Carrier: Int] = [:]
    /// Simulator request counters by endpoint (`dhl.tracking`…).
    var calls: [String: Int] = [:]
    var stallNumbers: [String: RuleID] = [:]
    var finished: [String] = []

    init(start: Date, shipments: Int, days: Int, cronMinutes: Int) {
        self.start = start
        self.shipments = shipments
        self.days = days
        self.cronMinutes = cronMinutes
    }

    mutating func note(_ summary: PollRunSummary) {
        runs += 1
        for (carrier, note) in summary.carrierNotes where note.contains("quota") || note.contains("banned") {
            heldBack[carrier, default: 0] += 1
        }
    }

    mutating func noteUse(_ carrier: Carrier, _ state: AllowanceState) {
        maxHourUsed[carrier] = max(maxHourUsed[carrier] ?? 0, state.hourUsed)
        maxDayUsed[carrier] = max(maxDayUsed[carrier] ?? 0, state.dayUsed)
    }

    /// Findings opened since the last look are stamped with the simulated time of this run.
    mutating func noteFindings(database: Database, at now: Date) async throws {
        let last = lastFindingID
        let rows = try await database.withConnection { connection in
            try await connection.query(
                "SELECT id, shipment_id, rule FROM findings WHERE id > \(last) ORDER BY id", logger: database.logger
            ).collect()
        }
        for row in rows {
            let (id, shipmentID, rule) = try row.decode((Int64, Int64, String).self)
            lastFindingID = max(lastFindingID, id)
            guard let rule = RuleID(rawValue: rule) else { continue }
            if firstFinding[shipmentID, default: [:]][rule] == nil { firstFinding[shipmentID, default: [:]][rule] = now }
        }
    }

    mutating func finish(database: Database, end: Date) async throws {
        let logger = database.logger
        let delivered = try await database.withConnection { connection in
            try await connection.query("SELECT count(*)::bigint FROM shipments WHERE delivered_at IS NOT NULL", logger: logger)
                .collect().first?.decode(Int64.self) ?? 0
        }
        // A fixed poller asks about every registered parcel every two hours until it has seen the delivery,
        // batching as many numbers per call as the carrier takes.
        let cycles = try await database.withConnection { connection in
            try await connection.query(
                """
                SELECT s.carrier::text, count(*)::bigint
                FROM generate_series(\(start), \(end), interval '2 hours') AS t
                JOIN shipments s ON s.created_at <= t AND (s.delivered_at IS NULL OR t < s.delivered_at + interval '2 hours')
                GROUP BY s.carrier, t
                """,
                logger: logger
            ).collect()
        }
        var fixedCalls: [String: Int] = [:]
        for row in cycles {
            let (carrier, active) = try row.decode((String, Int64).self)
            guard let known = Carrier(rawValue: carrier), CarrierCatalog.roster.contains(known) else { continue }
            let perRequest = max(1, CarrierRegistry.api(for: known, settings: CarrierSettings()).maxNumbersPerRequest)
            fixedCalls[carrier, default: 0] += (Int(active) + perRequest - 1) / perRequest
        }
        let ours = CarrierCatalog.roster.carriers.map { calls["\($0.rawValue).tracking"] ?? 0 }.reduce(0, +)
        let fixed = fixedCalls.values.reduce(0, +)
        let perDelivered = { (total: Int) in delivered > 0 ? Double(total) / Double(delivered) : 0 }
        func byCarrier(_ values: [String: Int]) -> String {
            CarrierCatalog.roster.carriers.map { "\($0.rawValue) \(values[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        }
        let oursByCarrier = Dictionary(uniqueKeysWithValues: CarrierCatalog.roster.carriers.map { ($0.rawValue, calls["\($0.rawValue).tracking"] ?? 0) })
        finished.append("lifecycle: \(delivered) delivered; our carrier calls \(byCarrier(oursByCarrier)) = \(ours) (\(String(format: "%.2f", perDelivered(ours))) per delivered shipment)")
        finished.append("lifecycle: a fixed 2-hour poller on the same parcels: \(byCarrier(fixedCalls)) = \(fixed) (\(String(format: "%.2f", perDelivered(fixed))) per delivered shipment); ratio \(fixed > 0 ? String(format: "%.2f", Double(ours) / Double(fixed)) : "-") (goal <= 0.40)")

        var quotaLines: [String] = []
        var over = 0
        for carrier in CarrierCatalog.roster.carriers {
            let limits = CarrierRegistry.limits(for: carrier, settings: CarrierSettings()).callLimits
            if let perHour = limits.perHour {
                let used = maxHourUsed[carrier] ?? 0
                quotaLines.append("\(carrier.rawValue) \(used)/\(perHour) per rolling hour")
                if used > perHour { over += 1 }
            }
            if let perDay = limits.perDay {
                let used = maxDayUsed[carrier] ?? 0
                quotaLines.append("\(carrier.rawValue) \(used)/\(perDay) per UTC day")
                if used > perDay { over += 1 }
            }
        }
        finished.append("lifecycle: busiest quota windows: \(quotaLines.joined(separator: ", ")); windows over quota: \(over) (goal 0)")
        finished.append("lifecycle: runs in which a carrier was held back by its quota, pace or a ban: \(heldBack.isEmpty ? "none" : byCarrier(heldBack))")
        try await finishStalls(database: database, end: end)
    }

    /// Delay from a stall crossing its `watch` threshold (or from registration, when it crossed before) to its
    /// first finding.
    private mutating func finishStalls(database: Database, end: Date) async throws {
        let numbers = Array(stallNumbers.keys)
        let rows = try await database.withConnection { connection in
            try await connection.query(
                "SELECT id, tracking_number, created_at, last_event_at FROM shipments WHERE tracking_number = ANY(\(numbers)::text[])",
                logger: database.logger
            ).collect()
        }
        let thresholds = StorePolicy.default.thresholds
        var delays: [Double] = []
        var unflagged = 0
        for row in rows {
            let (id, number, createdAt, lastEventAt) = try row.decode((Int64, String, Date, Date?).self)
            guard let rule = stallNumbers[number], let lastEventAt else { unflagged += 1; continue }
            let watchDays = rule == .customsStall ? thresholds.customsStall.watchDays : thresholds.sortingStall.watchDays
            let crossing = max(lastEventAt.addingTimeInterval(watchDays * 86_400), createdAt)
            guard crossing < end else { continue }
            // The stall's own rule; a parcel flagged under another rule first (no movement) counts from that one.
            let found = firstFinding[id] ?? [:]
            if let at = found[rule] ?? found.values.min() {
                delays.append(max(0, at.timeIntervalSince(crossing)) / 60)
            } else {
                unflagged += 1
            }
        }
        delays.sort()
        let median = delays.isEmpty ? 0 : delays[delays.count / 2]
        finished.append(String(
            format: "lifecycle: stalls past their threshold: %d; flagged %d, delay from crossing (or registration) to finding: median %.0f min, max %.0f min (goal <= %d min + the sweep); never flagged by the end: %d",
            delays.count + unflagged, delays.count, median, delays.last ?? 0, cronMinutes, unflagged
        ))
    }

    func lines(wall: Duration) -> [String] {
        let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        return ["lifecycle: \(shipments) shipments, \(days) simulated days, a poll run every \(cronMinutes) simulated minutes: \(runs) runs in \(String(format: "%.0f", seconds)) s"]
            + finished
    }
}
