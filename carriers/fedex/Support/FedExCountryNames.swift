import Foundation

/// Country names as FedEx prints them (`countryName`) ↔ ISO 3166-1 alpha-2 codes.
///
/// FedEx normally sends `countryCode`; the name is the fallback when the code is missing or not two letters.
public enum FedExCountryNames {
    /// The ISO code for a country code or name ("us", "United States", "GERMANY"); nil when unknown.
    public static func isoCode(code: String?, name: String?) -> String? {
        if let code = code?.trimmingCharacters(in: .whitespaces), code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            return code.uppercased()
        }
        for candidate in [code, name] {
            guard let candidate else { continue }
            let key = candidate.trimmingCharacters(in: .whitespaces).uppercased()
            if let iso = codesByName[key] { return iso }
        }
        return nil
    }

    /// The name FedEx prints for an ISO code, or the code itself when the table lacks it.
    public static func name(forISOCode code: String) -> String {
        namesByCode[code.uppercased()] ?? code.uppercased()
    }

    /// Name as FedEx prints it, then ISO code; the first name of a code is the printed one.
    private static let table: [(name: String, code: String)] = [
        ("United States", "US"), ("USA", "US"), ("United States of America", "US"),
        ("Canada", "CA"), ("Mexico", "MX"), ("Puerto Rico", "PR"),
        ("China", "CN"), ("Hong Kong", "HK"), ("Hong Kong SAR, China", "HK"), ("Taiwan", "TW"),
        ("Japan", "JP"), ("South Korea", "KR"), ("Korea, South", "KR"), ("Korea, Republic of", "KR"),
        ("Singapore", "SG"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Thailand", "TH"), ("Malaysia", "MY"),
        ("Indonesia", "ID"), ("Philippines", "PH"), ("India", "IN"), ("Australia", "AU"), ("New Zealand", "NZ"),
        ("United Kingdom", "GB"), ("Great Britain", "GB"), ("Ireland", "IE"),
        ("Germany", "DE"), ("France", "FR"), ("Italy", "IT"), ("Spain", "ES"), ("Portugal", "PT"),
        ("Netherlands", "NL"), ("Belgium", "BE"), ("Luxembourg", "LU"), ("Switzerland", "CH"), ("Austria", "AT"),
        ("Poland", "PL"), ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Sweden", "SE"), ("Norway", "NO"),
        ("Denmark", "DK"), ("Finland", "FI"), ("Turkey", "TR"), ("Israel", "IL"),
        ("United Arab Emirates", "AE"), ("Brazil", "BR"), ("South Africa", "ZA"),
    ]

    private static let codesByName: [String: String] = Dictionary(
        table.map { ($0.name.uppercased(), $0.code) }, uniquingKeysWith: { first, _ in first }
    )

    private static let namesByCode: [String: String] = Dictionary(
        table.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }
    )
}
