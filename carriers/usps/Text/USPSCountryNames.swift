import Foundation
import ShipwatchCore

/// Maps the country NAMES USPS prints ("GERMANY", "KOREA, REPUBLIC OF (SOUTH KOREA)") to ISO 3166-1
/// alpha-2 codes, and back for the simulator.
///
/// A two-letter value is taken as a code already. The table covers the US, its territories and the
/// usual e-commerce origins and destinations; an unknown name maps to `nil` (the raw event keeps it).
public enum USPSCountryNames {
    /// The ISO code for a USPS country value (a name or a code); `nil` when empty or unknown.
    public static func isoCode(for value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.count == 2, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) { return trimmed.uppercased() }
        return codesByName[TextNormalization.key(trimmed)]
    }

    /// The upper-case name USPS prints for an ISO code ("DE" → "GERMANY"); the code itself when the table has no name.
    public static func uspsName(for isoCode: String) -> String {
        let code = isoCode.uppercased()
        return namesByCode[code] ?? code
    }

    /// (USPS-style name, ISO code). The first name listed for a code is the one the simulator prints.
    static let entries: [(name: String, code: String)] = [
        ("UNITED STATES", "US"), ("UNITED STATES OF AMERICA", "US"), ("USA", "US"), ("U S A", "US"),
        ("PUERTO RICO", "PR"), ("GUAM", "GU"), ("VIRGIN ISLANDS U S", "VI"), ("US VIRGIN ISLANDS", "VI"),
        ("AMERICAN SAMOA", "AS"), ("NORTHERN MARIANA ISLANDS", "MP"),
        ("CANADA", "CA"), ("MEXICO", "MX"),
        ("GERMANY", "DE"), ("FRANCE", "FR"), ("ITALY", "IT"), ("SPAIN", "ES"), ("PORTUGAL", "PT"),
        ("NETHERLANDS", "NL"), ("THE NETHERLANDS", "NL"), ("HOLLAND", "NL"), ("BELGIUM", "BE"),
        ("LUXEMBOURG", "LU"), ("SWITZERLAND", "CH"), ("AUSTRIA", "AT"), ("IRELAND", "IE"),
        ("GREAT BRITAIN AND NORTHERN IRELAND", "GB"), ("UNITED KINGDOM", "GB"), ("GREAT BRITAIN", "GB"),
        ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GB"), ("ENGLAND", "GB"), ("SCOTLAND", "GB"),
        ("DENMARK", "DK"), ("SWEDEN", "SE"), ("NORWAY", "NO"), ("FINLAND", "FI"), ("ICELAND", "IS"),
        ("POLAND", "PL"), ("CZECH REPUBLIC", "CZ"), ("CZECHIA", "CZ"), ("SLOVAKIA", "SK"), ("HUNGARY", "HU"),
        ("ROMANIA", "RO"), ("BULGARIA", "BG"), ("GREECE", "GR"), ("CROATIA", "HR"), ("SLOVENIA", "SI"),
        ("ESTONIA", "EE"), ("LATVIA", "LV"), ("LITHUANIA", "LT"), ("UKRAINE", "UA"), ("TURKEY", "TR"),
        ("TURKIYE", "TR"), ("RUSSIA", "RU"), ("RUSSIAN FEDERATION", "RU"), ("ISRAEL", "IL"),
        ("CHINA", "CN"), ("CHINA PEOPLES REPUBLIC OF", "CN"), ("HONG KONG", "HK"), ("MACAO", "MO"),
        ("TAIWAN", "TW"), ("JAPAN", "JP"), ("KOREA REPUBLIC OF SOUTH KOREA", "KR"), ("SOUTH KOREA", "KR"),
        ("KOREA REPUBLIC OF", "KR"), ("KOREA", "KR"), ("SINGAPORE", "SG"), ("MALAYSIA", "MY"), ("THAILAND", "TH"),
        ("VIETNAM", "VN"), ("VIET NAM", "VN"), ("PHILIPPINES", "PH"), ("INDONESIA", "ID"), ("INDIA", "IN"),
        ("PAKISTAN", "PK"), ("BANGLADESH", "BD"), ("SRI LANKA", "LK"),
        ("AUSTRALIA", "AU"), ("NEW ZEALAND", "NZ"),
        ("BRAZIL", "BR"), ("ARGENTINA", "AR"), ("CHILE", "CL"), ("COLOMBIA", "CO"), ("PERU", "PE"),
        ("UNITED ARAB EMIRATES", "AE"), ("SAUDI ARABIA", "SA"), ("EGYPT", "EG"), ("SOUTH AFRICA", "ZA"),
        ("NIGERIA", "NG"), ("KENYA", "KE"), ("MOROCCO", "MA"),
    ]

    private static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        for entry in entries { table[TextNormalization.key(entry.name)] = entry.code }
        return table
    }()

    private static let namesByCode: [String: String] = {
        var table: [String: String] = [:]
        for entry in entries where table[entry.code] == nil { table[entry.code] = entry.name }
        return table
    }()
}
