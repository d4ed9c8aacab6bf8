extension CarrierRoster {
    /// One carrier on the roster, as its folder declares it.
    public struct Member: Sendable {
        /// The carrier (the one its number formats are of).
        public let carrier: Carrier
        /// The carrier's name as people write it ("FedEx"), for pages and messages.
        public let displayName: String
        /// The carrier's tracking-number formats.
        public let numberFormats: any TrackingNumberFormats

        /// The carrier whose formats `numberFormats` are, called `displayName`.
        public init(displayName: String, numberFormats: any TrackingNumberFormats) {
            carrier = numberFormats.carrier
            self.displayName = displayName
            self.numberFormats = numberFormats
        }
    }
}
