/// The delivery windows a store promises its customers, counted in calendar days from shipping.
public struct DeliveryPromise: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Origin and destination in the same country (or either unknown).
    public var domestic: DayRange
    /// Origin and destination countries known and different.
    public var international: DayRange

    public init(domestic: DayRange, international: DayRange) {
        self.domestic = domestic
        self.international = international
    }

    enum CodingKeys: String, CodingKey {
        case domestic
        case international
    }

    /// Decodes both windows; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        domestic = try container.decode(DayRange.self, forKey: .domestic)
        international = try container.decode(DayRange.self, forKey: .international)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: DeliveryPromise) throws {
        domestic = try container.decode(.domestic, over: defaults.domestic)
        international = try container.decode(.international, over: defaults.international)
    }

    /// The window that applies to a shipment.
    public func window(international isInternational: Bool) -> DayRange {
        isInternational ? international : domestic
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        domestic.problems(at: PolicyKeyPath.join(keyPath, CodingKeys.domestic.rawValue))
            + international.problems(at: PolicyKeyPath.join(keyPath, CodingKeys.international.rawValue))
    }
}
