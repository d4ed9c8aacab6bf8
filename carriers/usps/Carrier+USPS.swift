import ShipwatchCore

extension Carrier {
    /// USPS, declared by its own folder (`USPSDescriptor` lists it in the catalog).
    public static let usps = Carrier("usps")
}
