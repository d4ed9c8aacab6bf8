import CarrierSupport
import CarrierUSPS
import Testing

@Suite("USPS display text and country names")
struct TextTests {
    @Test("mail class markup is stripped", arguments: [
        ("USPS Ground Advantage<SUP>&#153;</SUP>", "USPS Ground Advantage"),
        ("Priority Mail<SUP>&reg;</SUP>", "Priority Mail"),
        ("Priority Mail Express<SUP>&#8482;</SUP> 1-Day", "Priority Mail Express 1-Day"),
        ("USPS Tracking<SUP>&#174;</SUP>", "USPS Tracking"),
        ("Parcel Select", "Parcel Select"),
        ("Signature &amp; Insurance", "Signature & Insurance"),
        ("Line one<br/>line two", "Line one line two"),
        ("R&D <b>Mail</b>", "R&D Mail"),
        ("  <SUP>&reg;</SUP> ", nil),
    ])
    func markup(_ input: String, _ expected: String?) {
        #expect(USPSMarkupText.plain(input) == expected)
    }

    @Test("country names and codes map to ISO codes", arguments: [
        ("GERMANY", "DE"), ("Germany", "DE"), ("CANADA", "CA"), ("KOREA, REPUBLIC OF (SOUTH KOREA)", "KR"),
        ("GREAT BRITAIN AND NORTHERN IRELAND", "GB"), ("UNITED STATES", "US"), ("HONG KONG", "HK"),
        ("de", "DE"), ("US", "US"),
    ])
    func countryNames(_ name: String, _ code: String) {
        #expect(CountryNames.isoCode(for: name) == code)
    }

    @Test("unknown or empty country values map to nothing")
    func unknownCountries() {
        #expect(CountryNames.isoCode(for: "ATLANTIS") == nil)
        #expect(CountryNames.isoCode(for: "  ") == nil)
        #expect(CountryNames.isoCode(for: nil) == nil)
    }

    @Test("the simulator prints names for codes, and codes it has no name for")
    func namesForCodes() {
        #expect(USPSCountryNames.uspsName(for: "DE") == "GERMANY")
        #expect(USPSCountryNames.uspsName(for: "gb") == "GREAT BRITAIN AND NORTHERN IRELAND")
        #expect(USPSCountryNames.uspsName(for: "FJ") == "FJ")
        #expect(CountryNames.isoCode(for: USPSCountryNames.uspsName(for: "KR")) == "KR")
    }
}
