import Foundation
import ShipwatchCore

/// A FedEx error entry `{code, message}`: used per number (`trackResults[].error`) and per request (`errors[]`).
public struct FedExAPIError: Codable, Sendable, Hashable {
    /// Dotted upper-case code, e.g. "TRACKING.TRACKINGNUMBER.NOTFOUND", "NOT.AUTHORIZED.ERROR".
    public var code: String?
    /// Human text.
    public var message: String?

    /// Creates an error entry.
    public init(code: String? = nil, message: String? = nil) {
        self.code = code
        self.message = message
    }

    /// "CODE: message", or whichever of the two is present.
    public var summary: String {
        [code, message].compactMap { $0?.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: ": ")
    }
}

/// The whole-request error body FedEx sends with 400/401/403/404/429/500/503:
/// `{transactionId, customerTransactionId, errors: [{code, message}]}`.
public struct FedExErrorResponse: Codable, Sendable, Hashable {
    /// FedEx's id for this transaction.
    public var transactionId: String?
    /// Our `x-customer-transaction-id`, echoed back.
    public var customerTransactionId: String?
    /// The errors, usually one.
    public var errors: [FedExAPIError]?

    /// Creates an error body.
    public init(transactionId: String? = nil, customerTransactionId: String? = nil, errors: [FedExAPIError]? = nil) {
        self.transactionId = transactionId
        self.customerTransactionId = customerTransactionId
        self.errors = errors
    }
}
