import ShipwatchCore

extension Carrier {
    /// FedEx, declared by its own folder (`FedExDescriptor` lists it in the catalog).
    public static let fedex = Carrier("fedex")
}
