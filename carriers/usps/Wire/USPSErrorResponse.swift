import CarrierSupport
import Foundation
import ShipwatchCore

/// The USPS API error envelope: `{"apiVersion": "/tracking/v3", "error": {"code", "message", "errors": [...]}}`.
///
/// Used for whole-request failures (401, 429, 5xx), for v3 "not yet available" answers (HTTP 400/404),
/// and, flattened into `USPSTrackingDetail`, for v3r2 elements whose `statusCode` is "404".
public struct USPSErrorResponse: Codable, Sendable, Hashable {
    /// e.g. "/tracking/v3".
    public var apiVersion: String?
    /// The error object; `nil` when absent or not an object.
    public var error: USPSErrorDetail?

    /// An error envelope.
    public init(apiVersion: String? = nil, error: USPSErrorDetail? = nil) {
        self.apiVersion = apiVersion
        self.error = error
    }

    /// Reads the envelope; an `error` that is not an object (the OAuth format uses a string) reads as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        apiVersion = try container.lenientString(.apiVersion)
        error = try? container.decodeIfPresent(USPSErrorDetail.self, forKey: .error)
    }
}

/// The `error` object of a USPS API error.
public struct USPSErrorDetail: Codable, Sendable, Hashable {
    /// The HTTP-like status as text ("400", "404", "429").
    public var code: String?
    /// e.g. "12: A status update is not yet available on your package. …"
    public var message: String?
    /// The individual problems.
    public var errors: [USPSErrorItem]?

    /// An error object.
    public init(code: String? = nil, message: String? = nil, errors: [USPSErrorItem]? = nil) {
        self.code = code
        self.message = message
        self.errors = errors
    }

    /// Reads the object leniently; an unreadable `errors` list reads as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.lenientString(.code)
        message = try container.lenientString(.message)
        errors = try? container.decodeIfPresent([USPSErrorItem].self, forKey: .errors)
    }

    /// The most specific human text in the object: the message, else the first item's title or detail.
    public var bestText: String? {
        let candidates = [message] + (errors ?? []).flatMap { [$0.title, $0.detail] }
        return candidates.lazy.compactMap { $0?.trimmingWhitespaceAndNewlines() }.first { !$0.isEmpty }
    }
}

/// One item of `error.errors[]`.
public struct USPSErrorItem: Codable, Sendable, Hashable {
    /// The HTTP status as text.
    public var status: String?
    /// USPS's own error number, e.g. "150001".
    public var code: String?
    /// A short human text.
    public var title: String?
    /// More human text; often empty.
    public var detail: String?
    /// The request parameter concerned.
    public var source: USPSErrorSource?

    /// An error item.
    public init(status: String? = nil, code: String? = nil, title: String? = nil, detail: String? = nil, source: USPSErrorSource? = nil) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.source = source
    }

    /// Reads the item leniently.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.lenientString(.status)
        code = try container.lenientString(.code)
        title = try container.lenientString(.title)
        detail = try container.lenientString(.detail)
        source = try? container.decodeIfPresent(USPSErrorSource.self, forKey: .source)
    }
}

/// `error.errors[].source`: which request parameter the error is about.
public struct USPSErrorSource: Codable, Sendable, Hashable {
    /// The parameter's name, e.g. "trackingNumber".
    public var parameter: String?
    /// The offending value or an example of a valid one.
    public var example: String?

    /// A source pointer.
    public init(parameter: String? = nil, example: String? = nil) {
        self.parameter = parameter
        self.example = example
    }

    /// Reads the pointer leniently.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parameter = try container.lenientString(.parameter)
        example = try container.lenientString(.example)
    }
}
