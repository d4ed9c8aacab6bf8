import CarrierDHL
import CarrierFedEx
import CarrierSupport
import CarrierTestSupport
import CarrierUPS
import CarrierUSPS
import Foundation
import Testing

enum DHLFixtures: CarrierFixtureSet { static let carrierFolder = "dhl" }
enum FedExFixtures: CarrierFixtureSet { static let carrierFolder = "fedex" }
enum UPSFixtures: CarrierFixtureSet { static let carrierFolder = "ups" }
enum USPSFixtures: CarrierFixtureSet { static let carrierFolder = "usps" }

/// The carriers' wire models decode to the same values through `JSONTapeDecoder` as through Foundation's
/// `JSONDecoder`, on every fixture of every carrier (and both refuse the same bodies).
@Suite("Every carrier fixture decodes the same through the tape decoder and Foundation")
struct FixtureDecodingEquivalenceTests {
    /// `normalize` drops what may differ by design: the decoders' own wording of an error (paths must agree).
    private func expectSame<Model: Decodable & Equatable>(
        _ type: Model.Type, _ bytes: [UInt8], _ name: String, normalize: (Model) -> Model = { $0 }
    ) {
        let foundation = Result { try JSONDecoder().decode(type, from: Data(bytes)) }.map(normalize)
        let tape = Result { try JSONTapeDecoder.decode(type, from: bytes) }.map(normalize)
        switch (foundation, tape) {
        case (.success(let expected), .success(let actual)):
            #expect(actual == expected, "\(name) as \(type)")
        case (.failure, .failure):
            break
        case (.success, .failure(let error)):
            Issue.record("\(name) as \(type): only the tape decoder failed: \(error)")
        case (.failure(let error), .success):
            Issue.record("\(name) as \(type): only Foundation failed: \(error)")
        }
    }

    @Test("DHL", arguments: DHLFixtures.allNames)
    func dhl(_ name: String) throws {
        let bytes = try DHLFixtures.bytes(name)
        expectSame(DHLTrackingResponse.self, bytes, name)
    }

    @Test("FedEx", arguments: FedExFixtures.allNames)
    func fedex(_ name: String) throws {
        let bytes = try FedExFixtures.bytes(name)
        expectSame(FedExTrackResponse.self, bytes, name) { response in
            var response = response
            let elements = response.output?.completeTrackResults?.map { element -> FedExIsolated<FedExCompleteTrackResult> in
                guard case .failed(let failure) = element else { return element }
                return .failed(FedExDecodingFailure(path: failure.path, problem: ""))
            }
            response.output?.completeTrackResults = elements
            return response
        }
        expectSame(FedExErrorResponse.self, bytes, name)
        expectSame(FedExTokenResponse.self, bytes, name)
    }

    @Test("UPS", arguments: UPSFixtures.allNames)
    func ups(_ name: String) throws {
        let bytes = try UPSFixtures.bytes(name)
        expectSame(UPSTrackApiResponse.self, bytes, name)
        expectSame(UPSErrorResponse.self, bytes, name)
        expectSame(UPSTokenResponse.self, bytes, name)
    }

    @Test("USPS", arguments: USPSFixtures.allNames)
    func usps(_ name: String) throws {
        let bytes = try USPSFixtures.bytes(name)
        expectSame(USPSTrackingDetail.self, bytes, name)
        expectSame([USPSTrackingDetail].self, bytes, name)
        expectSame(USPSErrorResponse.self, bytes, name)
        expectSame(USPSTokenResponse.self, bytes, name)
    }
}
