import ShipwatchCore
import Testing

@Suite("Carrier names in messages")
struct CarrierNamesTests {
    @Test("messages and help list every carrier from the one list, in its order")
    func namesComeFromAllCases() {
        #expect(Carrier.namesInWords == "usps, ups, fedex or dhl")
        #expect(Carrier.displayNamesInWords == "USPS, UPS, FedEx or DHL")
        for carrier in Carrier.allCases {
            #expect(Carrier.namesInWords.contains(carrier.rawValue))
            #expect(Carrier(name: carrier.displayName) == carrier)
        }
    }
}
