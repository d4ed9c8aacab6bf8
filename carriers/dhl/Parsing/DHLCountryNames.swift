import Foundation
import ShipwatchCore

/// Country names as DHL prints them ("GERMANY", "CHINA MAINLAND", "HONG KONG SAR, CHINA", "USA") mapped to
/// ISO 3166-1 alpha-2 codes, and back.
///
/// DHL's own spellings come from a small table; every other English country name comes from the system's
/// region names, built once.
enum DHLCountryNames {
    /// The ISO code for a country name, or nil when the name is not a country we recognize.
    static func isoCode(forName name: String) -> String? {
        codesByName[key(name)]
    }

    /// The name DHL Express prints for an ISO code (upper-case), or nil when unknown.
    static func dhlName(forISOCode code: String) -> String? {
        let upper = code.uppercased()
        if let preferred = preferredNames[upper] { return preferred }
        guard let name = englishLocale.localizedString(forRegionCode: upper) else { return nil }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: englishLocale).uppercased()
        return isoCode(forName: folded) == upper ? folded : nil
    }

    /// Folds a name to its lookup key: no accents, upper case, letters and digits only, no "THE".
    static func key(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive], locale: englishLocale)
        let words = TextNormalization.key(folded).split(separator: " ").filter { $0 != "THE" }
        return words.joined(separator: " ")
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

    /// Other spellings seen in carrier data, each to its ISO code.
    private static let aliases: [String: String] = [
        "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "U S A": "US",
        "CHINA": "CN", "PEOPLES REPUBLIC OF CHINA": "CN", "CHINA PEOPLES REPUBLIC": "CN",
        "HONG KONG": "HK", "HONG KONG SAR": "HK", "HONG KONG CHINA": "HK",
        "MACAU": "MO", "MACAO": "MO", "MACAU SAR": "MO",
        "TAIWAN": "TW",
        "SOUTH KOREA": "KR", "KOREA SOUTH": "KR", "REPUBLIC OF KOREA": "KR", "KOREA REPUBLIC OF": "KR",
        "NORTH KOREA": "KP", "KOREA D P R OF NORTH K": "KP",
        "GREAT BRITAIN": "GB", "UK": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "NORTHERN IRELAND": "GB",
        "HOLLAND": "NL",
        "CZECH REPUBLIC": "CZ", "CZECHIA": "CZ",
        "RUSSIA": "RU",
        "UAE": "AE",
        "VIETNAM": "VN", "VIET NAM": "VN",
        "TURKEY": "TR", "TURKIYE": "TR",
        "IVORY COAST": "CI", "COTE D IVOIRE": "CI",
        "MACEDONIA": "MK", "NORTH MACEDONIA": "MK", "MACEDONIA REPUBLIC OF": "MK",
        "BOSNIA AND HERZEGOVINA": "BA", "BOSNIA HERZEGOVINA": "BA",
        "VATICAN CITY": "VA", "VATICAN CITY STATE": "VA",
        "LAOS": "LA", "LAO P D R": "LA",
        "MOLDOVA REPUBLIC OF": "MD",
        "IRAN ISLAMIC REPUBLIC OF": "IR", "IRAN": "IR",
        "SYRIA": "SY",
        "CAPE VERDE": "CV",
        "SWAZILAND": "SZ", "ESWATINI": "SZ",
        "BURMA": "MM", "MYANMAR": "MM",
        "CONGO DPR": "CD", "CONGO THE DEMOCRATIC REPUBLIC OF": "CD",
    ]

    private static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy(\.isLetter),
                  let name = englishLocale.localizedString(forRegionCode: code)
            else { continue }
            table[key(name)] = code
        }
        for (name, code) in aliases { table[key(name)] = code }
        for (code, name) in preferredNames { table[key(name)] = code }
        return table
    }()
}
