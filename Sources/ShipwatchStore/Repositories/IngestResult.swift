import ShipwatchCore

/// What an ingest did to one shipment.
public struct IngestResult: Sendable, Hashable {
    public var shipmentID: Int64
    /// Scans that were new to the shipment's timeline.
    public var eventsInserted: Int
    /// Known scans replaced by a copy surer of its zone (an exact offset where an assumed one was stored),
    /// as `Timeline.merge` does.
    public var eventsUpgraded: Int
    /// The derived status before the ingest (nil: never scanned).
    public var previousStatus: Milestone?
    /// The derived status after it.
    public var status: Milestone?

    public init(shipmentID: Int64, eventsInserted: Int, eventsUpgraded: Int, previousStatus: Milestone?, status: Milestone?) {
        self.shipmentID = shipmentID
        self.eventsInserted = eventsInserted
        self.eventsUpgraded = eventsUpgraded
        self.previousStatus = previousStatus
        self.status = status
    }

    /// True when the ingest changed the derived status.
    public var statusChanged: Bool { previousStatus != status }
}
