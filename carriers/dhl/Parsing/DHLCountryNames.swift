import CarrierSupport
import Foundation

/// Country names as DHL Express prints them ("GERMANY", "CHINA MAINLAND", "HONG KONG SAR, CHINA", "USA"), for the
/// simulator. Reading a country name is `CountryNames.isoCode(forName:)`, shared by every adapter.
enum DHLCountryNames {
    /// The name DHL Express prints for an ISO code (upper-case), or nil when unknown.
    static func dhlName(forISOCode code: String) -> String? {
        let upper = code.uppercased()
        if let preferred = preferredNames[upper] { return preferred }
        guard let name = CountryNames.englishName(forISOCode: upper) else { return nil }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: englishLocale).uppercased()
        return CountryNames.isoCode(forName: folded) == upper ? folded : nil
    }

    private static let englishLocale = Locale(identifier: "en_US")

    /// DHL's spellings for the places where they differ from common English names.
    private static let preferredNames: [String: String] = [
        "US": "USA",
        "CN": "CHINA MAINLAND",
        "HK": "HONG KONG SAR, CHINA",
        "MO": "MACAU SAR, CHINA",
        "TW": "TAIWAN, CHINA",
        "KR": "KOREA, REPUBLIC OF (SOUTH K.)",
        "GB": "UNITED KINGDOM",
        "NL": "NETHERLANDS, THE",
        "CZ": "CZECH REPUBLIC, THE",
        "RU": "RUSSIAN FEDERATION, THE",
        "AE": "UNITED ARAB EMIRATES",
    ]
}
