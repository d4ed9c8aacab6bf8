import Foundation
import ShipwatchCore

/// Maps the country values UPS may print (ISO alpha-2, a few alpha-3 codes, or names) to ISO alpha-2.
enum UPSCountryCodes {
    /// ISO alpha-2 for a code or a name; nil when empty or not recognized.
    static func isoCode(_ value: String?) -> String? {
        guard let value else { return nil }
        let key = value.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard !key.isEmpty else { return nil }
        if key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }) { return key }
        return byName[key] ?? byName[TextNormalization.key(key)]
    }

    /// Names and alpha-3 codes seen on international parcels (small on purpose: UPS normally sends codes).
    private static let byName: [String: String] = [
        "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "USA": "US", "U S A": "US",
        "CANADA": "CA", "CAN": "CA",
        "MEXICO": "MX", "MEX": "MX",
        "PUERTO RICO": "PR",
        "GERMANY": "DE", "DEU": "DE", "DEUTSCHLAND": "DE",
        "UNITED KINGDOM": "GB", "GREAT BRITAIN": "GB", "GBR": "GB", "ENGLAND": "GB",
        "FRANCE": "FR", "FRA": "FR",
        "NETHERLANDS": "NL", "THE NETHERLANDS": "NL", "NLD": "NL",
        "BELGIUM": "BE", "BEL": "BE",
        "ITALY": "IT", "ITA": "IT",
        "SPAIN": "ES", "ESP": "ES",
        "POLAND": "PL", "POL": "PL",
        "IRELAND": "IE", "IRL": "IE",
        "SWITZERLAND": "CH", "CHE": "CH",
        "AUSTRIA": "AT", "AUT": "AT",
        "SWEDEN": "SE", "SWE": "SE",
        "DENMARK": "DK", "DNK": "DK",
        "CHINA": "CN", "CHN": "CN", "PEOPLES REPUBLIC OF CHINA": "CN",
        "HONG KONG": "HK", "HKG": "HK",
        "TAIWAN": "TW", "TWN": "TW",
        "JAPAN": "JP", "JPN": "JP",
        "SOUTH KOREA": "KR", "KOREA REPUBLIC OF": "KR", "KOR": "KR",
        "INDIA": "IN", "IND": "IN",
        "VIETNAM": "VN", "VIET NAM": "VN", "VNM": "VN",
        "AUSTRALIA": "AU", "AUS": "AU",
        "NEW ZEALAND": "NZ", "NZL": "NZ",
        "BRAZIL": "BR", "BRA": "BR",
        "ISRAEL": "IL", "ISR": "IL",
        "TURKEY": "TR", "TURKIYE": "TR", "TUR": "TR",
    ]
}
