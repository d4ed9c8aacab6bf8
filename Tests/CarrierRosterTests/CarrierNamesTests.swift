import CarrierCatalog
import ShipwatchCore
import Testing

@Suite("Carrier names in messages")
struct CarrierNamesTests {
    @Test("messages and help list every carrier from the catalog's roster, in its order")
    func namesComeFromTheRoster() {
        let roster = CarrierCatalog.roster
        #expect(roster.namesInWords == "usps, ups, fedex or dhl")
        #expect(roster.displayNamesInWords == "USPS, UPS, FedEx or DHL")
        for carrier in roster.carriers {
            #expect(roster.namesInWords.contains(carrier.rawValue))
            #expect(roster.carrier(named: roster.displayName(of: carrier)) == carrier)
        }
    }

    @Test("a carrier id has the shape the database's domain checks", arguments: [
        ("usps", true), ("royal_mail2", true), ("a", false), ("", false), ("UPS", false), ("9ups", false),
        ("dhl-express", false), (String(repeating: "x", count: 32), true), (String(repeating: "x", count: 33), false),
    ])
    func idShape(_ text: String, _ valid: Bool) {
        #expect((Carrier(rawValue: text) != nil) == valid)
    }

    @Test("a carrier not on the roster is shown by its id and named by nothing")
    func carrierOffTheRoster() throws {
        let gone = try #require(Carrier(rawValue: "pony_express"))
        #expect(CarrierCatalog.roster.displayName(of: gone) == "pony_express")
        #expect(CarrierCatalog.roster.carrier(named: "pony_express") == nil)
        #expect(!CarrierCatalog.roster.contains(gone))
    }

    @Test("a stored id reads as its carrier's display name; an id off the roster, or text that is no id, as itself")
    func displayNameOfStoredID() {
        #expect(CarrierCatalog.roster.displayName(ofID: "fedex") == "FedEx")
        #expect(CarrierCatalog.roster.displayName(ofID: "pony_express") == "pony_express")
        #expect(CarrierCatalog.roster.displayName(ofID: "Not An Id") == "Not An Id")
    }
}
