import CarrierDHL
import CarrierFedEx
import CarrierSupport
import CarrierUPS
import CarrierUSPS
import ShipwatchCore

/// The list of carriers: the one place that names every carrier target. Adding a carrier adds its descriptor here.
public enum CarrierCatalog {
    /// Every carrier's descriptor, in `Carrier.allCases` order.
    public static let descriptors: [any CarrierDescriptor] = [
        USPSDescriptor(),
        UPSDescriptor(),
        FedExDescriptor(),
        DHLDescriptor(),
    ]

    /// The descriptor of `carrier`.
    ///
    /// Every `Carrier` case has one (`CarrierCatalogTests` checks it); a case without one is a build mistake,
    /// never something outside input can cause.
    public static func descriptor(for carrier: Carrier) -> any CarrierDescriptor {
        guard let descriptor = byCarrier[carrier] else {
            preconditionFailure("no CarrierDescriptor for \(carrier) in CarrierCatalog.descriptors")
        }
        return descriptor
    }

    private static let byCarrier: [Carrier: any CarrierDescriptor] = Dictionary(
        descriptors.map { ($0.carrier, $0) }, uniquingKeysWith: { first, _ in first }
    )
}
