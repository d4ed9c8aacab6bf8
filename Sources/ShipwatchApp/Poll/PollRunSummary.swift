import Foundation
import ShipwatchCore

/// What a poll run did, for the run record, the final summary line and the exit code.
public struct PollRunSummary: Sendable {
    public var runID: Int64?
    /// succeeded, partial, failed, interrupted.
    public var status: String = "succeeded"
    /// Outcome → count (found, not_found, invalid_number, malformed, failed, deferred).
    public var byOutcome: [String: Int] = [:]
    /// Carrier → outcome → count.
    public var byCarrier: [String: [String: Int]] = [:]
    /// Carrier API calls made per carrier (token calls included).
    public var callsUsed: [String: Int] = [:]
    /// Why a carrier stopped early (circuit open, quota spent).
    public var carrierNotes: [String: String] = [:]
    public var shipmentsClaimed = 0
    public var eventsInserted = 0
    /// Shipments whose timeline changed: handed to the rule engine.
    public var changedShipmentIDs: [Int64] = []
    public var findingsNote: String?
    /// What the evaluation sweep of time-due shipments did, when it did anything.
    public var sweepNote: String?
    public var duration: Duration = .zero
    /// Carriers that had work and failed all of it.
    public var failingCarriers: [Carrier] = []
    /// Carriers that had work.
    public var activeCarriers: [Carrier] = []

    public init() {}

    mutating func count(_ outcome: String, carrier: Carrier, by amount: Int = 1) {
        byOutcome[outcome, default: 0] += amount
        byCarrier[carrier.rawValue, default: [:]][outcome, default: 0] += amount
    }

    /// True when every carrier that had work failed all of it (exit code 2).
    public var everyCarrierFailed: Bool {
        !activeCarriers.isEmpty && Set(failingCarriers) == Set(activeCarriers)
    }

    /// One human line: `polled 5000 shipments in 4.2 s: found 4800, not_found 150, failed 50; 23110 new events`.
    public var line: String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let outcomes = byOutcome.keys.sorted().map { "\($0) \(byOutcome[$0] ?? 0)" }.joined(separator: ", ")
        var text = "run \(runID.map(String.init) ?? "-") \(status): \(shipmentsClaimed) shipment(s) in \(String(format: "%.1f", seconds)) s"
        if !outcomes.isEmpty { text += ": \(outcomes)" }
        text += "; \(eventsInserted) new event(s), \(changedShipmentIDs.count) shipment(s) changed"
        if !callsUsed.isEmpty {
            text += "; calls " + callsUsed.keys.sorted().map { "\($0) \(callsUsed[$0] ?? 0)" }.joined(separator: ", ")
        }
        for carrier in carrierNotes.keys.sorted() { text += "; \(carrier): \(carrierNotes[carrier] ?? "")" }
        if let findingsNote { text += "; \(findingsNote)" }
        if let sweepNote { text += "; \(sweepNote)" }
        return text
    }
}
