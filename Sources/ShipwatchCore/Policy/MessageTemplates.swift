import Foundation

/// The drafts of the message to the customer, one per remedy kind, with `{{placeholder}}`s
/// (see `MessagePlaceholder`).
public struct MessageTemplates: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Asks the customer to choose between a refund and a reshipment.
    public var customerChoice: String
    /// Tells the customer the order is refunded.
    public var refund: String
    /// Tells the customer a new parcel is on its way.
    public var reshipment: String

    public init(customerChoice: String, refund: String, reshipment: String) {
        self.customerChoice = customerChoice
        self.refund = refund
        self.reshipment = reshipment
    }

    /// The template for a remedy kind.
    public subscript(kind: RemedyKind) -> String {
        switch kind {
        case .customerChoice: customerChoice
        case .refund: refund
        case .reshipment: reshipment
        }
    }

    enum CodingKeys: String, CodingKey {
        case customerChoice = "customer_choice"
        case refund
        case reshipment
    }

    /// Decodes over `StorePolicy.default.messages`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: StorePolicy.default.messages)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: MessageTemplates) throws {
        customerChoice = try container.decode(.customerChoice, over: defaults.customerChoice)
        refund = try container.decode(.refund, over: defaults.refund)
        reshipment = try container.decode(.reshipment, over: defaults.reshipment)
    }

    /// Empty templates, unclosed or unknown placeholders, and `{{compensation}}` without any
    /// compensation to put there.
    func problems(at keyPath: String, compensation: Compensation) -> [PolicyProblem] {
        let templates: [(CodingKeys, String)] = [(.customerChoice, customerChoice), (.refund, refund), (.reshipment, reshipment)]
        var problems: [PolicyProblem] = []
        for (key, template) in templates {
            let templateKey = PolicyKeyPath.join(keyPath, key.rawValue)
            if template.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(PolicyProblem(keyPath: templateKey, message: "must not be empty"))
                continue
            }
            let text = MessageTemplateText(template)
            if text.hasUnclosedPlaceholder {
                problems.append(PolicyProblem(keyPath: templateKey, message: "has a {{ without its closing }}"))
            }
            for name in text.placeholderNames {
                guard let placeholder = MessagePlaceholder(rawValue: name) else {
                    let known = MessagePlaceholder.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ")
                    problems.append(PolicyProblem(
                        keyPath: templateKey, message: "unknown placeholder {{\(name)}} (known: \(known))"))
                    continue
                }
                if placeholder == .compensation, compensation.displayText == nil {
                    problems.append(PolicyProblem(
                        keyPath: templateKey,
                        message: "uses {{compensation}} but compensation has neither an item nor a store credit"))
                }
            }
        }
        return problems
    }
}
