import CarrierCatalog
import CarrierSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("Each carrier declares itself once, in the catalog")
struct CarrierCatalogTests {
    @Test("every carrier has exactly one descriptor, in the order of Carrier.allCases")
    func oneDescriptorPerCarrier() {
        #expect(CarrierCatalog.descriptors.map(\.carrier) == Carrier.allCases)
        for carrier in Carrier.allCases {
            #expect(CarrierCatalog.descriptor(for: carrier).carrier == carrier)
        }
    }

    @Test("a descriptor's adapter is its own carrier's, with the batch size the descriptor declares", arguments: Carrier.allCases)
    func adapterMatchesDescriptor(_ carrier: Carrier) {
        let descriptor = CarrierCatalog.descriptor(for: carrier)
        let api = descriptor.makeTrackingAPI(options: CarrierAPIOptions())
        #expect(api.carrier == carrier)
        #expect(api.maxNumbersPerRequest == descriptor.maxNumbersPerRequest)
        #expect(descriptor.makeSimulation().carrier == carrier)
    }

    @Test("a descriptor names an https production host and at least one tracking endpoint", arguments: Carrier.allCases)
    func endpointsAndHost(_ carrier: Carrier) {
        let descriptor = CarrierCatalog.descriptor(for: carrier)
        #expect(URL(string: descriptor.productionBaseURL)?.scheme == "https")
        #expect(descriptor.endpoints.contains { $0.kind == .tracking })
        #expect(descriptor.endpoints.allSatisfy { $0.route.hasPrefix("/") })
    }

    @Test("the USPS tracking mode option reaches the adapter")
    func uspsTrackingMode() {
        let descriptor = CarrierCatalog.descriptor(for: .usps)
        #expect(descriptor.makeTrackingAPI(options: CarrierAPIOptions(trackingMode: "single_v3")).maxNumbersPerRequest == 1)
        #expect(descriptor.makeTrackingAPI(options: CarrierAPIOptions()).maxNumbersPerRequest == 35)
    }
}
