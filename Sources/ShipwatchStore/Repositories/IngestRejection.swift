import ShipwatchCore

/// A shipment whose scans were not stored, and why: a value outside what the schema accepts (found before the
/// database saw it), or a statement the database refused for this shipment alone.
public struct IngestRejection: Sendable, Hashable, CustomStringConvertible {
    public var shipmentID: Int64
    public var reason: String

    public init(shipmentID: Int64, reason: String) {
        self.shipmentID = shipmentID
        self.reason = reason
    }

    public var description: String { "shipment \(shipmentID): \(reason)" }
}

/// What an isolating ingest did: the shipments stored and the ones refused. Every shipment of the batch is in
/// exactly one of the two lists.
public struct IsolatedIngestOutcome: Sendable {
    public var stored: [IngestResult] = []
    public var rejected: [IngestRejection] = []

    public init(stored: [IngestResult] = [], rejected: [IngestRejection] = []) {
        self.stored = stored
        self.rejected = rejected
    }
}
