import CarrierSupport
import Foundation
import ShipwatchCore

/// DHL (Shipment Tracking – Unified), declared once for the registry, the configuration and the simulator.
public struct DHLDescriptor: CarrierDescriptor {
    public init() {}

    public var carrier: Carrier { .dhl }
    public var displayName: String { "DHL" }
    public var numberFormats: any TrackingNumberFormats { DHLNumberFormats() }
    public var productionBaseURL: String { DHLTrackingAPI.productionBaseURL.absoluteString }
    /// Starter level: 1 call per second, 250 per day, reset at 00:00 GMT: 1 per second, 250 per UTC day.
    public var defaultLimits: CarrierLimitDefaults { CarrierLimitDefaults(requestsPerSecond: 1, quotaPerDay: 250) }
    public var maxNumbersPerRequest: Int { 1 }
    public var exampleNumbers: [String] { ["7719042262", "9013385721"] }
    public var endpoints: [CarrierEndpoint] {
        [CarrierEndpoint(.tracking, .get, DHLTrackingAPI.trackingPath)]
    }

    public func makeTrackingAPI(options: CarrierAPIOptions) -> any CarrierAPI {
        DHLTrackingAPI(service: options.service)
    }

    public func makeSimulation() -> any CarrierWireSimulation { DHLSimulation() }
}
