import Foundation

/// A day of the week, named in English ("saturday"), case-insensitively.
///
/// A name that is not a weekday is kept as written rather than rejected while decoding, so that
/// `StorePolicy.validate()` can name the key path of the mistake along with every other problem.
public struct Weekday: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The lower-cased name.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingCharacters(in: .whitespaces).lowercased()
    }

    public static let monday = Weekday(rawValue: "monday")
    public static let tuesday = Weekday(rawValue: "tuesday")
    public static let wednesday = Weekday(rawValue: "wednesday")
    public static let thursday = Weekday(rawValue: "thursday")
    public static let friday = Weekday(rawValue: "friday")
    public static let saturday = Weekday(rawValue: "saturday")
    public static let sunday = Weekday(rawValue: "sunday")

    /// The seven days, Monday first.
    public static let all: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]

    /// 0 for Monday … 6 for Sunday; nil when the name is not a weekday.
    public var indexFromMonday: Int? {
        Weekday.all.firstIndex(of: self)
    }

    /// False for a name that is not a weekday ("sundae").
    public var isRecognized: Bool { indexFromMonday != nil }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
