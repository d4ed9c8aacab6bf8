import CarrierSupport
import Foundation

/// v3r2 `deliveryDateExpectation`: where the delivery estimate moved to (v3 had top-level fields).
public struct USPSDeliveryDateExpectation: Codable, Sendable, Hashable {
    /// A date ("2025-03-12") or date-time without offset.
    public var expectedDeliveryDate: String?
    /// USPS's own prediction, a date.
    public var predictedDeliveryDate: String?
    /// Where the prediction comes from.
    public var predictedDeliverySource: String?
    /// Start of the predicted delivery window.
    public var predictedDeliveryWindowStartTime: String?
    /// End of the predicted delivery window.
    public var predictedDeliveryWindowEndTime: String?
    /// The guaranteed date, for services that have one.
    public var guaranteedDeliveryDate: String?
    /// Whether delivery is expected by end of day (text or boolean on the wire).
    public var endOfDay: String?

    enum CodingKeys: String, CodingKey {
        case expectedDeliveryDate, predictedDeliveryDate, predictedDeliverySource
        case predictedDeliveryWindowStartTime, predictedDeliveryWindowEndTime, guaranteedDeliveryDate, endOfDay
    }

    /// An expectation with any subset of fields.
    public init(expectedDeliveryDate: String? = nil, predictedDeliveryDate: String? = nil, guaranteedDeliveryDate: String? = nil) {
        self.expectedDeliveryDate = expectedDeliveryDate
        self.predictedDeliveryDate = predictedDeliveryDate
        self.guaranteedDeliveryDate = guaranteedDeliveryDate
    }

    /// Reads the expectation leniently.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        expectedDeliveryDate = try container.lenientString(.expectedDeliveryDate)
        predictedDeliveryDate = try container.lenientString(.predictedDeliveryDate)
        predictedDeliverySource = try container.lenientString(.predictedDeliverySource)
        predictedDeliveryWindowStartTime = try container.lenientString(.predictedDeliveryWindowStartTime)
        predictedDeliveryWindowEndTime = try container.lenientString(.predictedDeliveryWindowEndTime)
        guaranteedDeliveryDate = try container.lenientString(.guaranteedDeliveryDate)
        endOfDay = try container.lenientString(.endOfDay)
    }
}
