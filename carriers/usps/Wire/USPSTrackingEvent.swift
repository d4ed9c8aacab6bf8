import CarrierSupport
import Foundation

/// One element of `trackingEvents[]`, as USPS v3 (`expand=DETAIL`) and v3r2 send it.
///
/// Both API versions share this model; v3r2 renamed two fields (`eventZIPCode`, `recipientName`), and
/// the simulator fills whichever names the version it renders uses. Every field is optional.
public struct USPSTrackingEvent: Codable, Sendable, Hashable {
    /// The two-character scan code (Pub 199 App. G-4), e.g. "01", "OF", "A1".
    public var eventCode: String?
    /// The scan's wording, e.g. "Arrived at USPS Regional Facility", "Inbound Into Customs".
    public var eventType: String?
    /// Local wall time. v3: no offset ("2025-03-12T14:07:00"; old samples add a misleading "Z").
    /// v3r2: may carry an offset ("2025-03-11T04:02:00-07:00") or be a bare date.
    public var eventTimestamp: String?
    /// The UTC time ("2025-03-12T19:07:21Z"). Recorded data shows it keeping the local date after midnight.
    public var gmtTimestamp: String?
    /// The facility's offset at that moment ("-05:00").
    public var gmtOffset: String?
    /// City, or a facility name ("MILWAUKEE WI DISTRIBUTION CENTER", "ISC NEW YORK NY(USPS)").
    public var eventCity: String?
    /// Two-letter state; `null` at regional plants.
    public var eventState: String?
    /// v3 spelling of the ZIP code.
    public var eventZIP: String?
    /// v3r2 spelling of the ZIP code.
    public var eventZIPCode: String?
    /// A country NAME ("GERMANY"), occasionally a code; `null` for domestic scans.
    public var eventCountry: String?
    /// The business that received the item, on delivery scans.
    public var firm: String?
    /// v3: who signed for the item (on the delivery event).
    public var name: String?
    /// v3r2: who signed for the item.
    public var recipientName: String?
    /// "true"/"false" as a string in recorded v3 answers.
    public var authorizedAgent: String?
    /// Spec-only detail code.
    public var actionCode: String?
    /// Spec-only reason code.
    public var reasonCode: String?

    enum CodingKeys: String, CodingKey {
        case eventCode, eventType, eventTimestamp
        case gmtTimestamp = "GMTTimestamp"
        case gmtOffset = "GMTOffset"
        case eventCity, eventState, eventZIP, eventZIPCode, eventCountry
        case firm, name, recipientName, authorizedAgent, actionCode, reasonCode
    }

    /// A scan with any subset of fields.
    public init(
        eventCode: String? = nil,
        eventType: String? = nil,
        eventTimestamp: String? = nil,
        gmtTimestamp: String? = nil,
        gmtOffset: String? = nil,
        eventCity: String? = nil,
        eventState: String? = nil,
        eventZIP: String? = nil,
        eventZIPCode: String? = nil,
        eventCountry: String? = nil,
        firm: String? = nil,
        name: String? = nil,
        recipientName: String? = nil,
        authorizedAgent: String? = nil,
        actionCode: String? = nil,
        reasonCode: String? = nil
    ) {
        self.eventCode = eventCode
        self.eventType = eventType
        self.eventTimestamp = eventTimestamp
        self.gmtTimestamp = gmtTimestamp
        self.gmtOffset = gmtOffset
        self.eventCity = eventCity
        self.eventState = eventState
        self.eventZIP = eventZIP
        self.eventZIPCode = eventZIPCode
        self.eventCountry = eventCountry
        self.firm = firm
        self.name = name
        self.recipientName = recipientName
        self.authorizedAgent = authorizedAgent
        self.actionCode = actionCode
        self.reasonCode = reasonCode
    }

    /// Reads a scan leniently: numbers or booleans where text is expected are accepted as text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        eventCode = try container.lenientString(.eventCode)
        eventType = try container.lenientString(.eventType)
        eventTimestamp = try container.lenientString(.eventTimestamp)
        gmtTimestamp = try container.lenientString(.gmtTimestamp)
        gmtOffset = try container.lenientString(.gmtOffset)
        eventCity = try container.lenientString(.eventCity)
        eventState = try container.lenientString(.eventState)
        eventZIP = try container.lenientString(.eventZIP)
        eventZIPCode = try container.lenientString(.eventZIPCode)
        eventCountry = try container.lenientString(.eventCountry)
        firm = try container.lenientString(.firm)
        name = try container.lenientString(.name)
        recipientName = try container.lenientString(.recipientName)
        authorizedAgent = try container.lenientString(.authorizedAgent)
        actionCode = try container.lenientString(.actionCode)
        reasonCode = try container.lenientString(.reasonCode)
    }

    /// The ZIP code under either spelling.
    public var zipCode: String? { eventZIP ?? eventZIPCode }

    /// The signer under either spelling.
    public var signer: String? { name ?? recipientName }
}
