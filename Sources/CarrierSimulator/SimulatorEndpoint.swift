import CarrierCatalog
import CarrierSupport
import ShipwatchCore

/// One carrier endpoint the simulator serves, at the carrier's real path.
public struct SimulatorEndpoint: Sendable, Hashable {
    /// A token or a tracking endpoint.
    public typealias Kind = CarrierEndpoint.Kind

    public var carrier: Carrier
    public var kind: Kind
    public var method: WireMethod
    /// The route as the router spells it (`:number` marks a path parameter).
    public var route: String

    public init(carrier: Carrier, kind: Kind, method: WireMethod, route: String) {
        self.carrier = carrier
        self.kind = kind
        self.method = method
        self.route = route
    }

    /// Every carrier's endpoints at their production paths, as the carriers' descriptors declare them.
    public static let all: [SimulatorEndpoint] = CarrierCatalog.descriptors.flatMap { descriptor in
        descriptor.endpoints.map { endpoint in
            SimulatorEndpoint(carrier: descriptor.carrier, kind: endpoint.kind, method: endpoint.method, route: endpoint.route)
        }
    }

    /// The counter key, e.g. `ups.tracking`.
    public var counterKey: String { "\(carrier.rawValue).\(kind.rawValue)" }
}
