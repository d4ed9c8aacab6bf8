/// Where the parcel was last scanned.
public struct WebhookLocation: Sendable, Codable, Hashable {
    public var city: String?
    public var region: String?
    public var countryCode: String?

    public init(city: String?, region: String?, countryCode: String?) {
        self.city = city
        self.region = region
        self.countryCode = countryCode
    }

    enum CodingKeys: String, CodingKey {
        case city, region
        case countryCode = "country_code"
    }
}
