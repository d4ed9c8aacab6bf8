import Foundation

/// One `trackResults[]` item: a shipment's status, dates, parties and scans, or a per-number `error`.
public struct FedExTrackResult: Codable, Sendable, Hashable {
    /// The number, operating company and unique id of this shipment.
    public var trackingNumberInfo: FedExTrackingNumberInfo?
    /// Shipper contact and address.
    public var shipperInformation: FedExParty?
    /// Recipient contact and address.
    public var recipientInformation: FedExParty?
    /// The current overall status.
    public var latestStatusDetail: FedExStatusDetail?
    /// Typed dates: ESTIMATED_DELIVERY, ACTUAL_DELIVERY, ACTUAL_PICKUP, SHIP, COMMITMENT…
    public var dateAndTimes: [FedExDateAndTime]?
    /// Service level.
    public var serviceDetail: FedExServiceDetail?
    /// The scans, newest first.
    public var scanEvents: [FedExScanEvent]?
    /// Delivery facts: who received it, attempts, where it was left.
    public var deliveryDetails: FedExDeliveryDetails?
    /// Where the shipment started.
    public var originLocation: FedExLocationDetail?
    /// Where the shipment goes.
    public var destinationLocation: FedExLocationDetail?
    /// The destination after a redirect.
    public var lastUpdatedDestinationAddress: FedExAddress?
    /// The service's standard transit window (often only `ends`, the committed date).
    public var standardTransitTimeWindow: FedExTimeWindow?
    /// FedEx's estimated delivery window (often `{}`).
    public var estimatedDeliveryTimeWindow: FedExTimeWindow?
    /// A short commitment message, e.g. ESTIMATED_DELIVERY_DATE_UNAVAILABLE.
    public var serviceCommitMessage: FedExServiceCommitMessage?
    /// Notifications the recipient may subscribe to.
    public var availableNotifications: [String]?
    /// Set instead of the shipment fields when FedEx cannot answer for this number.
    public var error: FedExAPIError?

    /// Creates a track result.
    public init(
        trackingNumberInfo: FedExTrackingNumberInfo? = nil,
        shipperInformation: FedExParty? = nil,
        recipientInformation: FedExParty? = nil,
        latestStatusDetail: FedExStatusDetail? = nil,
        dateAndTimes: [FedExDateAndTime]? = nil,
        serviceDetail: FedExServiceDetail? = nil,
        scanEvents: [FedExScanEvent]? = nil,
        deliveryDetails: FedExDeliveryDetails? = nil,
        originLocation: FedExLocationDetail? = nil,
        destinationLocation: FedExLocationDetail? = nil,
        lastUpdatedDestinationAddress: FedExAddress? = nil,
        standardTransitTimeWindow: FedExTimeWindow? = nil,
        estimatedDeliveryTimeWindow: FedExTimeWindow? = nil,
        serviceCommitMessage: FedExServiceCommitMessage? = nil,
        availableNotifications: [String]? = nil,
        error: FedExAPIError? = nil
    ) {
        self.trackingNumberInfo = trackingNumberInfo
        self.shipperInformation = shipperInformation
        self.recipientInformation = recipientInformation
        self.latestStatusDetail = latestStatusDetail
        self.dateAndTimes = dateAndTimes
        self.serviceDetail = serviceDetail
        self.scanEvents = scanEvents
        self.deliveryDetails = deliveryDetails
        self.originLocation = originLocation
        self.destinationLocation = destinationLocation
        self.lastUpdatedDestinationAddress = lastUpdatedDestinationAddress
        self.standardTransitTimeWindow = standardTransitTimeWindow
        self.estimatedDeliveryTimeWindow = estimatedDeliveryTimeWindow
        self.serviceCommitMessage = serviceCommitMessage
        self.availableNotifications = availableNotifications
        self.error = error
    }
}
