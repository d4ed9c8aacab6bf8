/// The remedy a store prefers for each rule; coded as an object keyed by rule id
/// (`customs_stall: customer_choice`). A rule the document leaves out keeps its default.
public struct RemedyPreferences: Sendable, Hashable, Codable, DefaultingDecodable {
    private var byRule: [RuleID: RemedyPreference]

    /// Preferences for the listed rules; every other rule gets `fallback`.
    public init(_ preferences: [RuleID: RemedyPreference], fallback: RemedyPreference = .none) {
        var byRule: [RuleID: RemedyPreference] = [:]
        for rule in RuleID.allCases { byRule[rule] = preferences[rule] ?? fallback }
        self.byRule = byRule
    }

    /// The preference for a rule.
    public subscript(rule: RuleID) -> RemedyPreference {
        get { byRule[rule] ?? .none }
        set { byRule[rule] = newValue }
    }

    typealias CodingKeys = RuleID

    /// Decodes over `StorePolicy.default.remedies`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: RuleID.self), defaults: StorePolicy.default.remedies)
    }

    init(from container: KeyedDecodingContainer<RuleID>, defaults: RemedyPreferences) throws {
        var preferences = defaults
        for rule in RuleID.allCases {
            preferences[rule] = try container.decode(rule, over: defaults[rule])
        }
        self = preferences
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RuleID.self)
        for rule in RuleID.allCases { try container.encode(self[rule], forKey: rule) }
    }
}
