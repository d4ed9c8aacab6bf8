import ShipwatchCore

/// Everything the rest of Shipwatch needs to know about one carrier, declared once in the carrier's folder
/// (`carriers/<folder>/<Name>Descriptor.swift`) and listed once in `CarrierCatalog.descriptors`.
///
/// The roster (display names, number formats), the registry (adapters, base URLs, limits), the configuration's
/// `carriers:` section and the simulator's routes all iterate over that list, so no other place names a carrier.
public protocol CarrierDescriptor: Sendable {
    /// Which carrier this is (the carrier's own constant, declared in its folder).
    var carrier: Carrier { get }
    /// The carrier's name as people write it ("FedEx"), for pages and messages.
    var displayName: String { get }
    /// The carrier's tracking-number formats (the roster asks them in catalog order).
    var numberFormats: any TrackingNumberFormats { get }
    /// The production base URL of the carrier's API (config `base_url` and `SHIPWATCH_<CARRIER>_BASE_URL` override it).
    var productionBaseURL: String { get }
    /// The carrier's published (or community-reported) rate and quotas; config may override them.
    var defaultLimits: CarrierLimitDefaults { get }
    /// Most numbers one tracking request carries in the default mode.
    var maxNumbersPerRequest: Int { get }
    /// Two valid numbers in the carrier's formats: the requests the fuzzer's payloads answer (scripts/fuzz).
    var exampleNumbers: [String] { get }
    /// The API's token and tracking endpoints, at their production paths (the simulator serves them there).
    var endpoints: [CarrierEndpoint] { get }
    /// The adapter, configured from the carrier's own settings.
    func makeTrackingAPI(options: CarrierAPIOptions) -> any CarrierAPI
    /// The server side of the carrier's API, for the carrier simulator.
    func makeSimulation() -> any CarrierWireSimulation
}

/// A carrier's default request rate and quotas, as plain numbers (CarrierHTTP turns them into `CarrierLimits`).
public struct CarrierLimitDefaults: Sendable, Hashable {
    /// Sustained requests per second; nil for no pacing.
    public var requestsPerSecond: Double?
    /// Requests that may go back-to-back after a quiet spell (at least 1).
    public var burst: Int
    /// Calls per rolling hour; nil for no hourly quota.
    public var quotaPerHour: Int?
    /// Calls per UTC day; nil for no daily quota.
    public var quotaPerDay: Int?

    /// Creates defaults; `burst` is at least 1.
    public init(requestsPerSecond: Double?, burst: Int = 1, quotaPerHour: Int? = nil, quotaPerDay: Int? = nil) {
        self.requestsPerSecond = requestsPerSecond
        self.burst = max(1, burst)
        self.quotaPerHour = quotaPerHour
        self.quotaPerDay = quotaPerDay
    }
}

/// One endpoint of a carrier's API.
public struct CarrierEndpoint: Sendable, Hashable {
    /// What the endpoint does.
    public enum Kind: String, Sendable, Hashable {
        /// The OAuth token endpoint.
        case token
        /// A tracking endpoint.
        case tracking
    }

    /// What the endpoint does.
    public var kind: Kind
    /// Its HTTP method.
    public var method: WireMethod
    /// Its path as a router spells it (`:number` marks a path parameter).
    public var route: String

    /// Creates an endpoint.
    public init(_ kind: Kind, _ method: WireMethod, _ route: String) {
        self.kind = kind
        self.method = method
        self.route = route
    }
}

/// The carrier-specific settings an adapter is built from (the `carriers.<carrier>` config block's own keys).
public struct CarrierAPIOptions: Sendable, Hashable {
    /// USPS: `batch_v3r2` (the default) or `single_v3`; ignored by the others.
    public var trackingMode: String?
    /// DHL: the division sent as the `service` request parameter (`express`, `parcel-de`, `ecommerce`…); ignored by
    /// the others.
    public var service: String?

    /// Creates options.
    public init(trackingMode: String? = nil, service: String? = nil) {
        self.trackingMode = trackingMode
        self.service = service
    }
}
