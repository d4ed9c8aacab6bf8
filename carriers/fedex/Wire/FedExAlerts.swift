import Foundation

/// `output.alerts`: an array of `{code, alertType, message}` per the spec, but a bare string
/// ("TRACKING.DATA.NOTFOUND -  Tracking data unavailable") in recorded not-found answers.
public enum FedExAlerts: Codable, Sendable, Hashable {
    /// The bare-string form.
    case text(String)
    /// The documented array form.
    case list([FedExAlert])

    /// Reads either form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([FedExAlert].self))
        }
    }

    /// Writes the form it holds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let alerts): try container.encode(alerts)
        }
    }
}

/// One alert of the documented array form.
public struct FedExAlert: Codable, Sendable, Hashable {
    /// Alert code.
    public var code: String?
    /// NOTE or WARNING.
    public var alertType: String?
    /// Human text.
    public var message: String?

    /// Creates an alert.
    public init(code: String? = nil, alertType: String? = nil, message: String? = nil) {
        self.code = code
        self.alertType = alertType
        self.message = message
    }
}
