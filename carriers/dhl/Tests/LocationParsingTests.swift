import CarrierSupport
@testable import CarrierDHL
import Foundation
import ShipwatchCore
import Testing

/// One locality and what it must split into.
struct LocalityCase: Sendable, CustomTestStringConvertible {
    var text: String
    var city: String?
    var region: String?
    var country: String?
    var testDescription: String { text }
}

@Suite("DHL locations and country names")
struct LocationParsingTests {
    @Test("Express localities split into city, region and ISO country", arguments: [
        LocalityCase(text: "LEIPZIG - GERMANY", city: "LEIPZIG", country: "DE"),
        LocalityCase(text: "CINCINNATI HUB, OH - USA", city: "CINCINNATI HUB", region: "OH", country: "US"),
        LocalityCase(text: "KARACHI - KARACHI - PAKISTAN", city: "KARACHI", region: "KARACHI", country: "PK"),
        LocalityCase(text: "HONG KONG - HONG KONG SAR, CHINA", city: "HONG KONG", country: "HK"),
        LocalityCase(text: "SHENZHEN - CHINA MAINLAND", city: "SHENZHEN", country: "CN"),
        LocalityCase(text: "SOUTHERN ALBERTA - CANADA", city: "SOUTHERN ALBERTA", country: "CA"),
        LocalityCase(text: "AMSTERDAM - NETHERLANDS, THE", city: "AMSTERDAM", country: "NL"),
        LocalityCase(text: "SEOUL - KOREA, REPUBLIC OF (SOUTH K.)", city: "SEOUL", country: "KR"),
        LocalityCase(text: "ABIDJAN - COTE D'IVOIRE", city: "ABIDJAN", country: "CI"),
        LocalityCase(text: "DUBAI - UNITED ARAB EMIRATES", city: "DUBAI", country: "AE"),
        LocalityCase(text: "GERMANY", city: nil, country: "DE"),
        LocalityCase(text: "Bonn", city: "Bonn", country: nil),
        LocalityCase(text: "Columbus, OH", city: "Columbus", region: "OH", country: nil),
        LocalityCase(text: "SOMEWHERE - ATLANTIS", city: "SOMEWHERE - ATLANTIS", country: nil),
    ])
    func splitsLocality(_ locality: LocalityCase) {
        let location = DHLLocationParser.location(of: DHLAddress(addressLocality: locality.text))
        #expect(location.city == locality.city)
        #expect(location.region == locality.region)
        #expect(location.countryCode == locality.country)
    }

    @Test("an explicit countryCode wins and the postal code is kept")
    func explicitCountry() {
        let location = DHLLocationParser.location(of: DHLAddress(addressLocality: "Hamburg", countryCode: "de", postalCode: "20095"))
        #expect(location == EventLocation(city: "Hamburg", postalCode: "20095", countryCode: "DE"))
        #expect(DHLLocationParser.location(of: nil).isEmpty)
    }

    @Test("DHL's printed name for a country maps back to the same code", arguments: [
        "US", "CN", "HK", "MO", "TW", "KR", "GB", "NL", "CZ", "RU", "AE", "DE", "FR", "CA", "JP", "AU", "CH", "BE", "PK", "NP", "MX", "BR", "IN",
    ])
    func countryNamesRoundTrip(_ code: String) throws {
        let name = try #require(DHLCountryNames.dhlName(forISOCode: code))
        #expect(name == name.uppercased())
        #expect(CountryNames.isoCode(forName: name) == code)
    }
}
