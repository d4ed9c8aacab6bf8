/// One carrier format a tracking number fits.
public struct TrackingNumberMatch: Sendable, Hashable {
    public var carrier: Carrier
    /// The format's name, e.g. "UPS 1Z", "USPS IMpb", "UPU S10 (DE)".
    public var format: String
    /// The number as this carrier's API expects it.
    public var number: String
    /// The `420` + ZIP routing prefix the printed number carried before `number`, if any.
    public var routingPrefix: String?
    /// A number consolidators hand a parcel over under for the last mile and keep tracking it under (USPS IMpb): a
    /// carrier whose formats accept last-mile hand-offs takes it when named.
    public var isLastMileHandOff: Bool

    public init(carrier: Carrier, format: String, number: String, routingPrefix: String? = nil, isLastMileHandOff: Bool = false) {
        self.carrier = carrier
        self.format = format
        self.number = number
        self.routingPrefix = routingPrefix
        self.isLastMileHandOff = isLastMileHandOff
    }
}
