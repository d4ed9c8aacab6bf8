import ShipwatchCore

/// What one carrier answer brought for one shipment: its scans and the snapshot facts.
///
/// A nil fact means "the carrier did not say" and leaves the stored value as it is.
public struct ShipmentIngest: Sendable, Hashable {
    public var shipmentID: Int64
    public var events: [ScanEvent]
    public var carrierStatus: String?
    public var estimatedDelivery: LocalDateTime?
    public var service: String?
    public var originCountry: String?
    /// Fills the shipment's destination country only when the store's import gave none.
    public var destinationCountry: String?
    public var signedBy: String?

    public init(
        shipmentID: Int64,
        events: [ScanEvent],
        carrierStatus: String? = nil,
        estimatedDelivery: LocalDateTime? = nil,
        service: String? = nil,
        originCountry: String? = nil,
        destinationCountry: String? = nil,
        signedBy: String? = nil
    ) {
        self.shipmentID = shipmentID
        self.events = events
        self.carrierStatus = carrierStatus
        self.estimatedDelivery = estimatedDelivery
        self.service = service
        self.originCountry = originCountry
        self.destinationCountry = destinationCountry
        self.signedBy = signedBy
    }

    /// The scans and facts of a carrier snapshot, for the shipment with this id.
    public init(shipmentID: Int64, snapshot: TrackingSnapshot) {
        self.init(
            shipmentID: shipmentID,
            events: snapshot.events,
            carrierStatus: snapshot.carrierStatus,
            estimatedDelivery: snapshot.estimatedDelivery,
            service: snapshot.service,
            originCountry: snapshot.originCountry,
            destinationCountry: snapshot.destinationCountry,
            signedBy: snapshot.signedBy
        )
    }
}
