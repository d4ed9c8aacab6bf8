import ShipwatchCore

extension Carrier {
    /// UPS, declared by its own folder (`UPSDescriptor` lists it in the catalog).
    public static let ups = Carrier("ups")
}
