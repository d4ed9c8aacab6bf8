import CarrierSupport
import Foundation
import ShipwatchCore

/// One scan in a package's `activity[]` (UPS lists them newest first).
public struct UPSActivity: Codable, Sendable, Hashable {
    /// Where the scan happened.
    public var location: UPSLocation?
    /// What the scan says.
    public var status: UPSStatus?
    /// Local date at the scan location, `YYYYMMDD`.
    public var date: String?
    /// Local time at the scan location, `HHMMSS`.
    public var time: String?
    /// UTC date, `YYYYMMDD`; differs from `date` around midnight.
    public var gmtDate: String?
    /// UTC time: "HH:MM:SS" in real answers, "74700"-style digits (leading zero dropped) in UPS's sample.
    public var gmtTime: String?
    /// The scan location's offset from UTC, "-05:00".
    public var gmtOffset: String?

    /// Creates an activity.
    public init(
        location: UPSLocation? = nil, status: UPSStatus? = nil, date: String? = nil, time: String? = nil,
        gmtDate: String? = nil, gmtTime: String? = nil, gmtOffset: String? = nil
    ) {
        self.location = location
        self.status = status
        self.date = date
        self.time = time
        self.gmtDate = gmtDate
        self.gmtTime = gmtTime
        self.gmtOffset = gmtOffset
    }

    /// Decodes leniently: dates and times sent as numbers read as their digits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = try container.decodeIfPresent(UPSLocation.self, forKey: .location)
        status = try container.decodeIfPresent(UPSStatus.self, forKey: .status)
        date = try container.lenientString(.date)
        time = try container.lenientString(.time)
        gmtDate = try container.lenientString(.gmtDate)
        gmtTime = try container.lenientString(.gmtTime)
        gmtOffset = try container.lenientString(.gmtOffset)
    }
}
