import Foundation

/// The country NAMES USPS prints ("GERMANY", "KOREA, REPUBLIC OF (SOUTH KOREA)"), by ISO 3166-1 alpha-2 code,
/// for the simulator. Reading a country (name or code) is `CountryNames.isoCode(for:)`, shared by every adapter.
public enum USPSCountryNames {
    /// The upper-case name USPS prints for an ISO code ("DE" → "GERMANY"); the code itself when the table has no name.
    public static func uspsName(for isoCode: String) -> String {
        let code = isoCode.uppercased()
        return namesByCode[code] ?? code
    }

    /// The name USPS prints for each code the simulator renders (the US, its territories and the usual
    /// e-commerce origins and destinations).
    private static let namesByCode: [String: String] = [
        "US": "UNITED STATES", "PR": "PUERTO RICO", "GU": "GUAM", "VI": "VIRGIN ISLANDS U S", "AS": "AMERICAN SAMOA",
        "MP": "NORTHERN MARIANA ISLANDS", "CA": "CANADA", "MX": "MEXICO", "DE": "GERMANY", "FR": "FRANCE",
        "IT": "ITALY", "ES": "SPAIN", "PT": "PORTUGAL", "NL": "NETHERLANDS", "BE": "BELGIUM", "LU": "LUXEMBOURG",
        "CH": "SWITZERLAND", "AT": "AUSTRIA", "IE": "IRELAND", "GB": "GREAT BRITAIN AND NORTHERN IRELAND",
        "DK": "DENMARK", "SE": "SWEDEN", "NO": "NORWAY", "FI": "FINLAND", "IS": "ICELAND", "PL": "POLAND",
        "CZ": "CZECH REPUBLIC", "SK": "SLOVAKIA", "HU": "HUNGARY", "RO": "ROMANIA", "BG": "BULGARIA", "GR": "GREECE",
        "HR": "CROATIA", "SI": "SLOVENIA", "EE": "ESTONIA", "LV": "LATVIA", "LT": "LITHUANIA", "UA": "UKRAINE",
        "TR": "TURKEY", "RU": "RUSSIA", "IL": "ISRAEL", "CN": "CHINA", "HK": "HONG KONG", "MO": "MACAO",
        "TW": "TAIWAN", "JP": "JAPAN", "KR": "KOREA REPUBLIC OF SOUTH KOREA", "SG": "SINGAPORE", "MY": "MALAYSIA",
        "TH": "THAILAND", "VN": "VIETNAM", "PH": "PHILIPPINES", "ID": "INDONESIA", "IN": "INDIA", "PK": "PAKISTAN",
        "BD": "BANGLADESH", "LK": "SRI LANKA", "AU": "AUSTRALIA", "NZ": "NEW ZEALAND", "BR": "BRAZIL",
        "AR": "ARGENTINA", "CL": "CHILE", "CO": "COLOMBIA", "PE": "PERU", "AE": "UNITED ARAB EMIRATES",
        "SA": "SAUDI ARABIA", "EG": "EGYPT", "ZA": "SOUTH AFRICA", "NG": "NIGERIA", "KE": "KENYA", "MA": "MOROCCO",
    ]
}
