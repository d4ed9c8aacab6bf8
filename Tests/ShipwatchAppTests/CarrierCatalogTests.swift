import CarrierCatalog
import CarrierSupport
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("Each carrier declares itself once, in the catalog")
struct CarrierCatalogTests {
    @Test("the roster is built from the descriptors: one member per descriptor, in their order, with their names")
    func oneDescriptorPerCarrier() {
        #expect(CarrierCatalog.descriptors.map(\.carrier) == CarrierCatalog.roster.carriers)
        for carrier in CarrierCatalog.roster.carriers {
            let descriptor = CarrierCatalog.descriptor(for: carrier)
            #expect(descriptor.carrier == carrier)
            #expect(descriptor.numberFormats.carrier == carrier)
            #expect(CarrierCatalog.roster.displayName(of: carrier) == descriptor.displayName)
        }
    }

    @Test("a descriptor's adapter is its own carrier's, with the batch size the descriptor declares", arguments: CarrierCatalog.roster.carriers)
    func adapterMatchesDescriptor(_ carrier: Carrier) {
        let descriptor = CarrierCatalog.descriptor(for: carrier)
        let api = descriptor.makeTrackingAPI(options: CarrierAPIOptions())
        #expect(api.carrier == carrier)
        #expect(api.maxNumbersPerRequest == descriptor.maxNumbersPerRequest)
        #expect(descriptor.makeSimulation().carrier == carrier)
    }

    @Test("a descriptor names an https production host and at least one tracking endpoint", arguments: CarrierCatalog.roster.carriers)
    func endpointsAndHost(_ carrier: Carrier) {
        let descriptor = CarrierCatalog.descriptor(for: carrier)
        #expect(URL(string: descriptor.productionBaseURL)?.scheme == "https")
        #expect(descriptor.endpoints.contains { $0.kind == .tracking })
        #expect(descriptor.endpoints.allSatisfy { $0.route.hasPrefix("/") })
    }

    @Test("a descriptor's example numbers are valid numbers of its own carrier", arguments: CarrierCatalog.roster.carriers)
    func exampleNumbersAreTheCarriers(_ carrier: Carrier) throws {
        let examples = CarrierCatalog.descriptor(for: carrier).exampleNumbers
        #expect(examples.count == 2)
        for example in examples {
            #expect(try CarrierCatalog.roster.trackingNumber(example, carrier: carrier).value == example)
        }
    }

    @Test("a carrier without a token endpoint is simulated with an API-key header, one with a token endpoint without", arguments: CarrierCatalog.roster.carriers)
    func simulatedAuthenticationFollowsTheEndpoints(_ carrier: Carrier) {
        let descriptor = CarrierCatalog.descriptor(for: carrier)
        let hasTokenEndpoint = descriptor.endpoints.contains { $0.kind == .token }
        #expect((descriptor.makeSimulation().apiKeyHeader == nil) == hasTokenEndpoint)
    }

    @Test("every carrier folder with a descriptor is listed in the catalog, so Package.swift and the catalog agree")
    func everyFolderIsListed() throws {
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            let parent = directory.deletingLastPathComponent()
            try #require(parent.path != directory.path, "no Package.swift above \(#filePath)")
            directory = parent
        }
        let carriers = directory.appendingPathComponent("carriers")
        let folders = try FileManager.default.contentsOfDirectory(atPath: carriers.path).filter { folder in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: carriers.appendingPathComponent(folder).path)) ?? []
            return files.contains { $0.hasSuffix("Descriptor.swift") }
        }
        #expect(folders.sorted() == CarrierCatalog.descriptors.map(\.carrier.rawValue).sorted())
    }

    @Test("the USPS tracking mode option reaches the adapter")
    func uspsTrackingMode() {
        let descriptor = CarrierCatalog.descriptor(for: .usps)
        #expect(descriptor.makeTrackingAPI(options: CarrierAPIOptions(trackingMode: "single_v3")).maxNumbersPerRequest == 1)
        #expect(descriptor.makeTrackingAPI(options: CarrierAPIOptions()).maxNumbersPerRequest == 35)
    }
}
