import ShipwatchCore

/// One carrier endpoint the simulator serves, at the carrier's real path.
public struct SimulatorEndpoint: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case token
        case tracking
    }

    public var carrier: Carrier
    public var kind: Kind
    public var method: WireMethod
    /// The route as the router spells it (`:number` marks a path parameter).
    public var route: String

    /// The four carriers' token and tracking endpoints, at their production paths.
    public static let all: [SimulatorEndpoint] = [
        .init(carrier: .usps, kind: .token, method: .post, route: "/oauth2/v3/token"),
        .init(carrier: .usps, kind: .tracking, method: .get, route: "/tracking/v3/tracking/:number"),
        .init(carrier: .usps, kind: .tracking, method: .post, route: "/tracking/v3r2/tracking"),
        .init(carrier: .ups, kind: .token, method: .post, route: "/security/v1/oauth/token"),
        .init(carrier: .ups, kind: .tracking, method: .get, route: "/api/track/v1/details/:number"),
        .init(carrier: .fedex, kind: .token, method: .post, route: "/oauth/token"),
        .init(carrier: .fedex, kind: .tracking, method: .post, route: "/track/v1/trackingnumbers"),
        .init(carrier: .dhl, kind: .tracking, method: .get, route: "/track/shipments"),
    ]

    /// The counter key, e.g. `ups.tracking`.
    public var counterKey: String { "\(carrier.rawValue).\(kind.rawValue)" }
}
