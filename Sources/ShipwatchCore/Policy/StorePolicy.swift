/// Everything a store decides about its shipments: its promises, when each rule watches and acts,
/// its working days, the remedy it prefers per rule, its compensation and its customer messages.
///
/// Coded with snake_case keys matching the YAML configuration. Decoding starts from
/// `StorePolicy.default` and overrides only the keys present, at any depth, so a partial document
/// is a complete policy. Decoding does not judge values: call `validate()`.
public struct StorePolicy: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Business days the store takes to prepare an order before it ships.
    public var processingWindow: BusinessDayRange
    /// Calendar days from shipping to delivery the store promises.
    public var deliveryWindow: DeliveryPromise
    /// Business days a seller-initiated refund takes to reach the customer (quoted in messages).
    public var refundTime: BusinessDayRange
    /// When each rule watches and acts.
    public var thresholds: RuleThresholds
    /// Working days and time zone, for the business-day rules.
    public var businessCalendar: BusinessCalendar
    /// The remedy proposed per rule when it reaches `act`.
    public var remedies: RemedyPreferences
    /// Added to a reshipment (and offered with the customer's choice).
    public var compensation: Compensation
    /// The customer message drafts, per remedy kind.
    public var messages: MessageTemplates

    public init(
        processingWindow: BusinessDayRange,
        deliveryWindow: DeliveryPromise,
        refundTime: BusinessDayRange,
        thresholds: RuleThresholds,
        businessCalendar: BusinessCalendar,
        remedies: RemedyPreferences,
        compensation: Compensation,
        messages: MessageTemplates
    ) {
        self.processingWindow = processingWindow
        self.deliveryWindow = deliveryWindow
        self.refundTime = refundTime
        self.thresholds = thresholds
        self.businessCalendar = businessCalendar
        self.remedies = remedies
        self.compensation = compensation
        self.messages = messages
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case processingWindow = "processing_window"
        case deliveryWindow = "delivery_window"
        case refundTime = "refund_time"
        case thresholds
        case businessCalendar = "business_calendar"
        case remedies
        case compensation
        case messages
    }

    /// Decodes over `StorePolicy.default`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: .default)
    }

    /// Decodes over another policy, e.g. a `defaults:` section of the configuration shared by all stores.
    public init(from decoder: any Decoder, over defaults: StorePolicy) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: defaults)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: StorePolicy) throws {
        processingWindow = try container.decode(.processingWindow, over: defaults.processingWindow)
        deliveryWindow = try container.decode(.deliveryWindow, over: defaults.deliveryWindow)
        refundTime = try container.decode(.refundTime, over: defaults.refundTime)
        thresholds = try container.decode(.thresholds, over: defaults.thresholds)
        businessCalendar = try container.decode(.businessCalendar, over: defaults.businessCalendar)
        remedies = try container.decode(.remedies, over: defaults.remedies)
        compensation = try container.decode(.compensation, over: defaults.compensation)
        messages = try container.decode(.messages, over: defaults.messages)
    }

    /// Every impossible value, each named by its key path (`thresholds.customs_stall.act_days`):
    /// a maximum below its minimum, negative days, `act` below `watch`, an unknown weekday or time zone,
    /// a week without business days, an empty template, an unknown or unclosed placeholder,
    /// `{{compensation}}` with nothing to put there, a negative store credit. Empty when the policy is usable.
    public func validate() -> [PolicyProblem] {
        func key(_ codingKey: CodingKeys) -> String { codingKey.rawValue }
        return processingWindow.problems(at: key(.processingWindow))
            + deliveryWindow.problems(at: key(.deliveryWindow))
            + refundTime.problems(at: key(.refundTime))
            + thresholds.problems(at: key(.thresholds))
            + businessCalendar.problems(at: key(.businessCalendar))
            + compensation.problems(at: key(.compensation))
            + messages.problems(at: key(.messages), compensation: compensation)
    }
}
