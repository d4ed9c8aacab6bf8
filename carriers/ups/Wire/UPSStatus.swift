import CarrierSupport
import Foundation
import ShipwatchCore

/// A UPS status block: an activity's `status`, or a package's `currentStatus`.
///
/// Real answers put the 3-digit status code in `currentStatus.code`; UPS's own sample puts a 2-character
/// code there and the 3-digit one in `statusCode`. `resolvedStatusCode` reads both shapes.
public struct UPSStatus: Codable, Sendable, Hashable {
    /// Activity type: M, MV, P, I, X, D, U (and freight DO, DD, W).
    public var type: String?
    /// The 2-character scan or exception code (a hint only: the namespace is shared between UPS tables).
    public var code: String?
    /// The 3-digit status/description code, the most reliable key.
    public var statusCode: String?
    /// UPS's wording, translated per the request's `locale`.
    public var description: String?
    /// A short summary wording ("Delivered", "On the Way").
    public var simplifiedTextDescription: String?

    /// Creates a status block.
    public init(type: String? = nil, code: String? = nil, statusCode: String? = nil, description: String? = nil, simplifiedTextDescription: String? = nil) {
        self.type = type
        self.code = code
        self.statusCode = statusCode
        self.description = description
        self.simplifiedTextDescription = simplifiedTextDescription
    }

    /// Decodes leniently: numbers stand in for text (a status code sent as `11` reads as "11").
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        code = try container.lenientString(.code)
        statusCode = try container.lenientString(.statusCode)
        description = try container.lenientString(.description)
        simplifiedTextDescription = try container.lenientString(.simplifiedTextDescription)
    }

    /// The 3-digit status code: `statusCode` (zero-padded, "11" → "011") when present, else `code` when it
    /// holds exactly three digits (the real `currentStatus` shape). Nil when neither does.
    ///
    /// A `code` of one or two digits ("5", "29") is an exception code, never a status code.
    public var resolvedStatusCode: String? {
        if let padded = UPSStatus.paddedStatusCode(statusCode) { return padded }
        guard let code = UPSStatus.trimmed(code), code.count == 3 else { return nil }
        return UPSStatus.paddedStatusCode(code)
    }

    /// The 2-character scan or exception code, upper-cased; nil when `code` is absent or is the
    /// 3-digit status code standing in its place.
    public var scanCode: String? {
        guard let code = UPSStatus.trimmed(code) else { return nil }
        if code.count == 3, UPSStatus.paddedStatusCode(code) != nil { return nil }
        return code.uppercased()
    }

    /// The activity type, trimmed and upper-cased.
    public var activityType: String? {
        UPSStatus.trimmed(type)?.uppercased()
    }

    /// Digits padded to three places ("11" → "011"); nil for empty or non-numeric text.
    static func paddedStatusCode(_ text: String?) -> String? {
        guard let digits = trimmed(text), digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(repeating: "0", count: 3 - digits.count) + digits
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = text.trimmingWhitespaceAndNewlines()
        return value.isEmpty ? nil : value
    }
}
