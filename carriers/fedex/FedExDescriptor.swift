import CarrierSupport
import ShipwatchCore

/// FedEx, declared once for the registry, the configuration and the simulator.
public struct FedExDescriptor: CarrierDescriptor {
    public init() {}

    public var carrier: Carrier { .fedex }
    public var displayName: String { "FedEx" }
    public var numberFormats: any TrackingNumberFormats { FedExNumberFormats() }
    public var productionBaseURL: String { FedExTrackingAPI.productionBaseURL }
    /// 1,400 transactions per 10 s and 100,000 Track requests per day per project: 135 per second with a burst
    /// of 10 (at most 1,360 in any 10 s), 100,000 per UTC day.
    public var defaultLimits: CarrierLimitDefaults {
        CarrierLimitDefaults(requestsPerSecond: 135, burst: 10, quotaPerDay: 100_000)
    }
    public var maxNumbersPerRequest: Int { FedExTrackingAPI.maxNumbersPerRequest }
    public var exampleNumbers: [String] { ["612999000011224", "612999000011231"] }
    public var endpoints: [CarrierEndpoint] {
        [
            CarrierEndpoint(.token, .post, FedExTrackingAPI.tokenPath),
            CarrierEndpoint(.tracking, .post, FedExTrackingAPI.trackingPath),
        ]
    }

    public func makeTrackingAPI(options: CarrierAPIOptions) -> any CarrierAPI { FedExTrackingAPI() }

    public func makeSimulation() -> any CarrierWireSimulation { FedExSimulation() }
}
