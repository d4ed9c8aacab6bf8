import ShipwatchCore

extension Carrier {
    /// DHL, declared by its own folder (`DHLDescriptor` lists it in the catalog).
    public static let dhl = Carrier("dhl")
}
