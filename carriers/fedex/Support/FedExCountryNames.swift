import CarrierSupport
import Foundation

/// How FedEx prints a country (`countryName`), for the simulator. Reading a country is
/// `CountryNames.isoCode(code:name:)`, shared by every adapter.
public enum FedExCountryNames {
    /// The name FedEx prints for an ISO code (English, "Germany"), or the code itself when unknown.
    public static func name(forISOCode code: String) -> String {
        let upper = code.uppercased()
        return printedNames[upper] ?? CountryNames.englishName(forISOCode: upper) ?? upper
    }

    /// FedEx's spellings where they differ from the system's English names.
    private static let printedNames: [String: String] = ["US": "United States", "HK": "Hong Kong", "KR": "South Korea"]
}
