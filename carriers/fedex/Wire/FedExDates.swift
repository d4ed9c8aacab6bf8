import Foundation

/// One `dateAndTimes[]` item: `{type, dateTime}`.
public struct FedExDateAndTime: Codable, Sendable, Hashable {
    /// ESTIMATED_DELIVERY, ACTUAL_DELIVERY, ACTUAL_PICKUP, SHIP, ACTUAL_TENDER, COMMITMENT…
    public var type: String?
    /// Local time with offset; SHIP and pickup dates are midnight in the origin zone.
    public var dateTime: String?

    /// Creates a typed date.
    public init(type: String? = nil, dateTime: String? = nil) {
        self.type = type
        self.dateTime = dateTime
    }
}

/// `standardTransitTimeWindow` / `estimatedDeliveryTimeWindow`: `{window: {begins, ends}, type}`.
public struct FedExTimeWindow: Codable, Sendable, Hashable {
    /// The window; often `{}`.
    public var window: FedExWindow?
    /// Window kind, e.g. ESTIMATED_DELIVERY.
    public var type: String?

    /// Creates a time window.
    public init(window: FedExWindow? = nil, type: String? = nil) {
        self.window = window
        self.type = type
    }
}

/// The bounds of a time window, each a local time with offset.
public struct FedExWindow: Codable, Sendable, Hashable {
    /// Window start.
    public var begins: String?
    /// Window end.
    public var ends: String?

    /// Creates window bounds.
    public init(begins: String? = nil, ends: String? = nil) {
        self.begins = begins
        self.ends = ends
    }
}
