import CarrierDHL
import CarrierFedEx
import CarrierSupport
import CarrierUPS
import CarrierUSPS
import ShipwatchCore

/// The list of carriers: the one place that names every carrier target. Adding a carrier adds its descriptor here.
public enum CarrierCatalog {
    /// Every carrier's descriptor, in roster order (USPS before FedEx: FedEx leaves USPS's routed numbers to it).
    public static let descriptors: [any CarrierDescriptor] = [
        USPSDescriptor(),
        UPSDescriptor(),
        FedExDescriptor(),
        DHLDescriptor(),
    ]

    /// The carriers Shipwatch knows, with their display names and number formats, in `descriptors` order.
    public static let roster = CarrierRoster(descriptors.map { descriptor in
        CarrierRoster.Member(displayName: descriptor.displayName, numberFormats: descriptor.numberFormats)
    })

    /// The descriptor of `carrier`.
    ///
    /// Every carrier on the `roster` has one (it is built from them); asking for another carrier is a build
    /// mistake, never something outside input can cause: outside input names carriers through the roster.
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
