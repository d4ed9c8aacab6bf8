/// What a store adds when it reships (or lets the customer choose): an item, a store credit, or both.
public struct Compensation: Sendable, Hashable, Codable, DefaultingDecodable {
    /// An item sent with the reshipment, written as it reads in a sentence ("an extra phone case").
    public var item: String?
    /// A store credit, in `storeCreditCurrency`.
    public var storeCreditAmount: Double?
    /// ISO 4217 code of the store credit ("USD").
    public var storeCreditCurrency: String

    public init(item: String? = nil, storeCreditAmount: Double? = nil, storeCreditCurrency: String = "USD") {
        self.item = item
        self.storeCreditAmount = storeCreditAmount
        self.storeCreditCurrency = storeCreditCurrency
    }

    /// No compensation at all.
    public static let none = Compensation()

    enum CodingKeys: String, CodingKey {
        case item
        case storeCreditAmount = "store_credit_amount"
        case storeCreditCurrency = "store_credit_currency"
    }

    /// Decodes over `Compensation.none`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: .none)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: Compensation) throws {
        item = try container.decodeOptional(.item, over: defaults.item)
        storeCreditAmount = try container.decodeOptional(.storeCreditAmount, over: defaults.storeCreditAmount)
        storeCreditCurrency = try container.decode(.storeCreditCurrency, over: defaults.storeCreditCurrency)
    }

    /// Encodes every key, nil as null, so the encoded default lists the whole schema.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item, forKey: .item)
        try container.encode(storeCreditAmount, forKey: .storeCreditAmount)
        try container.encode(storeCreditCurrency, forKey: .storeCreditCurrency)
    }

    /// The compensation as it reads in a sentence: "an extra phone case",
    /// "a store credit of 5.00 USD", both joined by "and", or nil when there is none.
    public var displayText: String? {
        var parts: [String] = []
        if let item, !item.allSatisfy(\.isWhitespace) { parts.append(item) }
        if let amount = storeCreditAmount, amount > 0 {
            parts.append("a store credit of \(NumberText.fixed(amount, fractionDigits: 2)) \(storeCreditCurrency)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        guard let amount = storeCreditAmount else { return [] }
        var problems = PolicyChecks.nonNegative(amount, PolicyKeyPath.join(keyPath, CodingKeys.storeCreditAmount.rawValue))
        let currency = storeCreditCurrency
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            problems.append(PolicyProblem(
                keyPath: PolicyKeyPath.join(keyPath, CodingKeys.storeCreditCurrency.rawValue),
                message: "must be a three-letter ISO 4217 code such as USD (found \"\(currency)\")"))
        }
        return problems
    }
}
