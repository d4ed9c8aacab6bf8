import ShipwatchCore

/// What one carrier's loop did during a run.
struct CarrierPollReport: Sendable {
    var carrier: Carrier
    var claimed = 0
    var outcomes: [String: Int] = [:]
    var eventsInserted = 0
    var changedShipmentIDs: [Int64] = []
    var httpCalls = 0
    /// Why the loop stopped early, when it did.
    var note: String?
    var circuitOpened = false
    /// Why the shared allowance granted no more calls, when it stopped the loop (ban, spent quota, pace).
    var refusal: AllowanceRefusal?

    /// The loop left due shipments unclaimed because the carrier could not work (refused, or circuit open).
    var carrierCouldNotWork: Bool {
        refusal != nil || circuitOpened
    }

    /// The error that stopped the loop before its work was done (the database unreachable past the retries).
    var stoppedBy: (any Error)?

    /// The carrier failed this run: its circuit opened, or nothing it handled got an answer about the parcel.
    var failedEverything: Bool {
        let answered = outcomes["found", default: 0] + outcomes["not_found", default: 0] + outcomes["invalid_number", default: 0]
        return circuitOpened || stoppedBy != nil || (claimed > 0 && answered == 0 && outcomes["failed", default: 0] > 0)
    }

    init(carrier: Carrier) {
        self.carrier = carrier
    }
}
