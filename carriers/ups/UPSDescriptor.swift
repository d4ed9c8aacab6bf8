import CarrierSupport
import ShipwatchCore

/// UPS, declared once for the registry, the configuration and the simulator.
public struct UPSDescriptor: CarrierDescriptor {
    public init() {}

    public var carrier: Carrier { .ups }
    public var displayName: String { "UPS" }
    public var numberFormats: any TrackingNumberFormats { UPSNumberFormats() }
    public var productionBaseURL: String { UPSTrackingAPI.productionBaseURL }
    /// Nothing published: 5 per second, no quota.
    public var defaultLimits: CarrierLimitDefaults { CarrierLimitDefaults(requestsPerSecond: 5) }
    public var maxNumbersPerRequest: Int { 1 }
    public var exampleNumbers: [String] { ["1Z7R40W20358812406", "1Z999AA10123456784"] }
    public var endpoints: [CarrierEndpoint] {
        [
            CarrierEndpoint(.token, .post, UPSTrackingAPI.tokenPath),
            CarrierEndpoint(.tracking, .get, UPSTrackingAPI.trackingPath + "/:number"),
        ]
    }

    public func makeTrackingAPI(options: CarrierAPIOptions) -> any CarrierAPI { UPSTrackingAPI() }

    public func makeSimulation() -> any CarrierWireSimulation { UPSSimulation() }
}
