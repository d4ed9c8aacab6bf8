import CarrierSupport
import ShipwatchCore

/// USPS, declared once for the registry, the configuration and the simulator.
public struct USPSDescriptor: CarrierDescriptor {
    public init() {}

    public var carrier: Carrier { .usps }
    public var displayName: String { "USPS" }
    public var numberFormats: any TrackingNumberFormats { USPSNumberFormats() }
    public var productionBaseURL: String { USPSTrackingAPI.productionBaseURL }
    /// About 60 calls per hour per app by default (not in the spec; USPS raises it on request): 60 per rolling
    /// hour, 1 per second.
    public var defaultLimits: CarrierLimitDefaults { CarrierLimitDefaults(requestsPerSecond: 1, quotaPerHour: 60) }
    public var maxNumbersPerRequest: Int { USPSTrackingMode.batchV3R2.maxNumbersPerRequest }
    public var exampleNumbers: [String] { ["9400111206206406260787", "9400111000000000000132"] }
    public var endpoints: [CarrierEndpoint] {
        [
            CarrierEndpoint(.token, .post, USPSTrackingAPI.tokenPath),
            CarrierEndpoint(.tracking, .get, USPSTrackingAPI.singleTrackingPathPrefix + "/:number"),
            CarrierEndpoint(.tracking, .post, USPSTrackingAPI.batchTrackingPath),
        ]
    }

    public func makeTrackingAPI(options: CarrierAPIOptions) -> any CarrierAPI {
        USPSTrackingAPI(mode: options.trackingMode == "single_v3" ? .singleV3 : .batchV3R2)
    }

    public func makeSimulation() -> any CarrierWireSimulation { USPSSimulation() }
}
