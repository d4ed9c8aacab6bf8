import Foundation
import ShipwatchCore

/// Country values as carriers print them ("GERMANY", "Korea, Republic of", "HONG KONG SAR, CHINA", "USA", "DEU")
/// mapped to ISO 3166-1 alpha-2 codes: one table for every adapter.
///
/// Every English country name comes from the system's region names (built once); the carriers' own spellings
/// that differ from those are listed here. Lookups ignore case, accents, punctuation and a leading "THE".
/// How each carrier PRINTS a country (the simulator's side) stays with that carrier.
public enum CountryNames {
    /// The ISO code for a country value: a known name, a two-letter code (upper-cased) or an ISO alpha-3 code;
    /// nil when empty or unknown. A carrier's spelling wins over a two-letter reading ("UK" is GB).
    public static func isoCode(for value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        if upper.allSatisfy({ $0.isASCII && $0.isLetter }) {
            // A code: only the carriers' own spellings ("UK", "USA") read differently; system names never do.
            if upper.count == 2 { return codesBySpelling[upper] ?? upper }
            if upper.count == 3, let code = codesBySpelling[upper] ?? codesByAlpha3[upper] { return code }
        }
        return isoCode(forName: trimmed)
    }

    /// The ISO code of a place from its code field, else from its name field (either may hold either).
    public static func isoCode(code: String?, name: String?) -> String? {
        isoCode(for: code) ?? isoCode(for: name)
    }

    /// The ISO code for a country NAME only: a two- or three-letter code is not read as one (the tail of
    /// "HOUSTON, TX" is a state).
    public static func isoCode(forName name: String) -> String? {
        codesByName[key(name)]
    }

    /// The English name of an ISO code ("DE" → "Germany"), or nil when the system does not know it.
    public static func englishName(forISOCode code: String) -> String? {
        englishLocale.localizedString(forRegionCode: code.uppercased())
    }

    /// Folds a name to its lookup key: no accents, upper case, letters and digits only, no "THE".
    public static func key(_ name: String) -> String {
        // Folding accents goes through Foundation's Unicode tables; ASCII names (nearly all) have none to fold.
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: [.diacriticInsensitive], locale: englishLocale)
        let words = TextNormalization.key(folded).split(separator: " ").filter { $0 != "THE" }
        return words.joined(separator: " ")
    }

    private static let englishLocale = Locale(identifier: "en_US")

    /// Every spelling the four carriers print (lookup keys), by ISO code; the plain English ones are listed too,
    /// so that a lookup never depends on the system's locale data alone.
    private static let carrierSpellings: [String: [String]] = [
        "AE": ["UNITED ARAB EMIRATES", "UAE"],
        "AR": ["ARGENTINA"],
        "AS": ["AMERICAN SAMOA"],
        "AT": ["AUSTRIA"],
        "AU": ["AUSTRALIA"],
        "BA": ["BOSNIA AND HERZEGOVINA", "BOSNIA HERZEGOVINA"],
        "BD": ["BANGLADESH"],
        "BE": ["BELGIUM"],
        "BG": ["BULGARIA"],
        "BR": ["BRAZIL"],
        "CA": ["CANADA"],
        "CD": ["CONGO DPR", "CONGO DEMOCRATIC REPUBLIC OF"],
        "CH": ["SWITZERLAND"],
        "CI": ["IVORY COAST", "COTE D IVOIRE"],
        "CL": ["CHILE"],
        "CN": [
            "CHINA", "CHINA PEOPLES REPUBLIC OF", "PEOPLES REPUBLIC OF CHINA", "CHINA PEOPLES REPUBLIC",
            "CHINA MAINLAND",
        ],
        "CO": ["COLOMBIA"],
        "CV": ["CAPE VERDE"],
        "CZ": ["CZECH REPUBLIC", "CZECHIA"],
        "DE": ["GERMANY", "DEUTSCHLAND"],
        "DK": ["DENMARK"],
        "EE": ["ESTONIA"],
        "EG": ["EGYPT"],
        "ES": ["SPAIN"],
        "FI": ["FINLAND"],
        "FR": ["FRANCE"],
        "GB": [
            "GREAT BRITAIN AND NORTHERN IRELAND", "UNITED KINGDOM", "GREAT BRITAIN",
            "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "ENGLAND", "SCOTLAND", "UK", "WALES",
            "NORTHERN IRELAND",
        ],
        "GR": ["GREECE"],
        "GU": ["GUAM"],
        "HK": ["HONG KONG", "HONG KONG SAR CHINA", "HONG KONG SAR", "HONG KONG CHINA"],
        "HR": ["CROATIA"],
        "HU": ["HUNGARY"],
        "ID": ["INDONESIA"],
        "IE": ["IRELAND"],
        "IL": ["ISRAEL"],
        "IN": ["INDIA"],
        "IR": ["IRAN ISLAMIC REPUBLIC OF", "IRAN"],
        "IS": ["ICELAND"],
        "IT": ["ITALY"],
        "JP": ["JAPAN"],
        "KE": ["KENYA"],
        "KP": ["NORTH KOREA", "KOREA D P R OF NORTH K"],
        "KR": [
            "KOREA REPUBLIC OF SOUTH KOREA", "SOUTH KOREA", "KOREA REPUBLIC OF", "KOREA", "KOREA SOUTH",
            "REPUBLIC OF KOREA", "KOREA REPUBLIC OF SOUTH K",
        ],
        "LA": ["LAOS", "LAO P D R"],
        "LK": ["SRI LANKA"],
        "LT": ["LITHUANIA"],
        "LU": ["LUXEMBOURG"],
        "LV": ["LATVIA"],
        "MA": ["MOROCCO"],
        "MD": ["MOLDOVA REPUBLIC OF"],
        "MK": ["MACEDONIA", "NORTH MACEDONIA", "MACEDONIA REPUBLIC OF"],
        "MM": ["BURMA", "MYANMAR"],
        "MO": ["MACAO", "MACAU", "MACAU SAR", "MACAU SAR CHINA"],
        "MP": ["NORTHERN MARIANA ISLANDS"],
        "MX": ["MEXICO"],
        "MY": ["MALAYSIA"],
        "NG": ["NIGERIA"],
        "NL": ["NETHERLANDS", "HOLLAND"],
        "NO": ["NORWAY"],
        "NZ": ["NEW ZEALAND"],
        "PE": ["PERU"],
        "PH": ["PHILIPPINES"],
        "PK": ["PAKISTAN"],
        "PL": ["POLAND"],
        "PR": ["PUERTO RICO"],
        "PT": ["PORTUGAL"],
        "RO": ["ROMANIA"],
        "RU": ["RUSSIA", "RUSSIAN FEDERATION"],
        "SA": ["SAUDI ARABIA"],
        "SE": ["SWEDEN"],
        "SG": ["SINGAPORE"],
        "SI": ["SLOVENIA"],
        "SK": ["SLOVAKIA"],
        "SY": ["SYRIA"],
        "SZ": ["SWAZILAND", "ESWATINI"],
        "TH": ["THAILAND"],
        "TR": ["TURKEY", "TURKIYE"],
        "TW": ["TAIWAN", "TAIWAN CHINA"],
        "UA": ["UKRAINE"],
        "US": ["UNITED STATES", "UNITED STATES OF AMERICA", "USA", "U S A"],
        "VA": ["VATICAN CITY", "VATICAN CITY STATE"],
        "VI": ["VIRGIN ISLANDS U S", "US VIRGIN ISLANDS"],
        "VN": ["VIETNAM", "VIET NAM"],
        "ZA": ["SOUTH AFRICA"],
    ]

    /// ISO alpha-3 codes seen in country fields (UPS), to alpha-2.
    private static let codesByAlpha3: [String: String] = [
        "AUS": "AU", "AUT": "AT", "BEL": "BE", "BRA": "BR", "CAN": "CA", "CHE": "CH", "CHN": "CN", "DEU": "DE",
        "DNK": "DK", "ESP": "ES", "FRA": "FR", "GBR": "GB", "HKG": "HK", "IND": "IN", "IRL": "IE", "ISR": "IL",
        "ITA": "IT", "JPN": "JP", "KOR": "KR", "MEX": "MX", "NLD": "NL", "NZL": "NZ", "POL": "PL", "SWE": "SE",
        "TUR": "TR", "TWN": "TW", "VNM": "VN"
    ]

    private static let codesBySpelling: [String: String] = {
        var table: [String: String] = [:]
        for (code, names) in carrierSpellings {
            for name in names { table[key(name)] = code }
        }
        return table
    }()

    private static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy(\.isLetter),
                  let name = englishLocale.localizedString(forRegionCode: code)
            else { continue }
            table[key(name)] = code
        }
        table.merge(codesBySpelling) { _, spelling in spelling }
        return table
    }()
}
