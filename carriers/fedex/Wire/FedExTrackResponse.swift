import Foundation

/// The envelope of a tracking answer: `{transactionId, customerTransactionId, output, errors}`.
///
/// `output.completeTrackResults` holds one element per number; each element decodes on its own
/// (see `FedExIsolated`) so one unreadable number never loses the others of the batch.
public struct FedExTrackResponse: Codable, Sendable, Hashable {
    /// FedEx's id for this transaction.
    public var transactionId: String?
    /// Our `x-customer-transaction-id`, echoed back.
    public var customerTransactionId: String?
    /// The results; absent in whole-request error answers.
    public var output: FedExTrackOutput?
    /// Whole-request errors, when FedEx put them in a 200 answer.
    public var errors: [FedExAPIError]?

    /// Creates a tracking answer.
    public init(transactionId: String? = nil, customerTransactionId: String? = nil, output: FedExTrackOutput? = nil, errors: [FedExAPIError]? = nil) {
        self.transactionId = transactionId
        self.customerTransactionId = customerTransactionId
        self.output = output
        self.errors = errors
    }
}

/// The `output` object of a tracking answer.
public struct FedExTrackOutput: Codable, Sendable, Hashable {
    /// One element per number asked for, each decoded in isolation.
    public var completeTrackResults: [FedExIsolated<FedExCompleteTrackResult>]?
    /// Notes about the answer: an array of alerts per the spec, a bare string in recorded not-found answers.
    public var alerts: FedExAlerts?

    /// Creates an output block.
    public init(completeTrackResults: [FedExIsolated<FedExCompleteTrackResult>]? = nil, alerts: FedExAlerts? = nil) {
        self.completeTrackResults = completeTrackResults
        self.alerts = alerts
    }
}

/// Everything FedEx answered about one number: usually one track result, several when the number was reused.
public struct FedExCompleteTrackResult: Codable, Sendable, Hashable {
    /// The number as asked for.
    public var trackingNumber: String?
    /// One result per shipment known under the number (or one result carrying `error`).
    public var trackResults: [FedExTrackResult]?

    /// Creates a per-number block.
    public init(trackingNumber: String? = nil, trackResults: [FedExTrackResult]? = nil) {
        self.trackingNumber = trackingNumber
        self.trackResults = trackResults
    }
}
