/// One keyset page of the evaluation scan.
public struct CandidatePage: Sendable, Hashable {
    /// The greatest shipment id of the page: the next page starts after it.
    public var lastID: Int64
    /// Shipments the page covered.
    public var scanned: Int
    /// The page's shipments a rule may fire for (or that have an open finding), ascending.
    public var shipmentIDs: [Int64]

    public init(lastID: Int64, scanned: Int, shipmentIDs: [Int64]) {
        self.lastID = lastID
        self.scanned = scanned
        self.shipmentIDs = shipmentIDs
    }
}
