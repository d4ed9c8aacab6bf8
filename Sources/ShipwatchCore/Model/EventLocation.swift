import Foundation

/// Where a scan happened, as far as the carrier said.
public struct EventLocation: Sendable, Hashable, Codable {
    public var city: String?
    public var region: String?
    public var postalCode: String?
    /// ISO 3166-1 alpha-2 code, upper-case, when the carrier's value could be mapped to one.
    public var countryCode: String?

    public init(city: String? = nil, region: String? = nil, postalCode: String? = nil, countryCode: String? = nil) {
        self.city = EventLocation.clean(city)
        self.region = EventLocation.clean(region)
        self.postalCode = EventLocation.clean(postalCode)
        self.countryCode = EventLocation.clean(countryCode)?.uppercased()
    }

    /// True when the carrier gave no location at all.
    public var isEmpty: Bool {
        city == nil && region == nil && postalCode == nil && countryCode == nil
    }

    /// A single line for people: "Memphis, TN 38118, US".
    public var displayText: String {
        var parts: [String] = []
        if let city { parts.append(city) }
        let regionAndZip = [region, postalCode].compactMap { $0 }.joined(separator: " ")
        if !regionAndZip.isEmpty { parts.append(regionAndZip) }
        if let countryCode { parts.append(countryCode) }
        return parts.joined(separator: ", ")
    }

    /// The normalized key used in event identity: upper-cased city and country, letters and digits only.
    public var identityKey: String {
        let cityKey = TextNormalization.key(city ?? "")
        return "\(cityKey)|\(countryCode ?? "")"
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespaceAndNewlines()
        return trimmed.isEmpty ? nil : trimmed
    }
}
