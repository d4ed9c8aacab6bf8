import CarrierSupport
import Foundation
import ShipwatchCore

/// UPS's error body for every failed call: `{"response":{"errors":[{"code","message"}]}}`.
public struct UPSErrorResponse: Codable, Sendable, Hashable {
    /// The `response` wrapper.
    public var response: UPSErrorList?

    /// Creates an error body.
    public init(response: UPSErrorList?) {
        self.response = response
    }

    /// Creates an error body holding the given errors.
    public init(errors: [UPSMessage]) {
        self.response = UPSErrorList(errors: errors)
    }

    /// The errors, empty when the body held none.
    public var errors: [UPSMessage] {
        response?.errors ?? []
    }
}

/// The list inside `response`.
public struct UPSErrorList: Codable, Sendable, Hashable {
    /// The errors UPS reported.
    public var errors: [UPSMessage]?

    /// Creates an error list.
    public init(errors: [UPSMessage]?) {
        self.errors = errors
    }

    /// Decodes leniently (a single error object stands for a list of one).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        errors = try container.lenientList(.errors)
    }
}
