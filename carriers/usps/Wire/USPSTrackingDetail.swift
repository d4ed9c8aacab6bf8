import CarrierSupport
import Foundation
import ShipwatchCore

/// One tracked item: the whole body of a v3 `GET /tracking/v3/tracking/{n}?expand=DETAIL` answer, or one
/// element of the v3r2 `POST /tracking/v3r2/tracking` answer array.
///
/// The two versions differ in a few names (v3 `destinationZIP`/`destinationCountryCode`/
/// `expectedDeliveryTimeStamp`, v3r2 `destinationZIPCode`/`destinationCountry`/`deliveryDateExpectation`);
/// this model holds both spellings, and readers use the convenience accessors. A v3r2 element that failed
/// carries `statusCode` "404" plus the error envelope fields (`apiVersion`, `error`) inline.
public struct USPSTrackingDetail: Codable, Sendable, Hashable {
    // MARK: v3r2 per-element outcome
    /// v3r2 only: "200" for a found item, "404" (or another status) for a failed one.
    public var statusCode: String?
    /// v3r2 failed element: the error envelope's version.
    public var apiVersion: String?
    /// v3r2 failed element: the error object.
    public var error: USPSErrorDetail?

    // MARK: identity and status
    /// The number the item is about.
    public var trackingNumber: String?
    /// Wording of the latest event, e.g. "Delivered, Front Door/Porch".
    public var status: String?
    /// "Delivered", "Moving Through Network", "Accepted", "Pre-Shipment", "Alert"…
    public var statusCategory: String?
    /// A human sentence about the latest event.
    public var statusSummary: String?

    // MARK: service
    /// Display text with HTML, e.g. "Priority Mail<SUP>&reg;</SUP>".
    public var mailClass: String?
    /// v3r2 only, e.g. "GA".
    public var mailClassCode: String?
    /// "DM" (domestic), "IM"; the spec also lists INTERNATIONAL_INBOUND, DOMESTIC_MAIL…
    public var mailType: String?
    /// e.g. "001", "612".
    public var serviceTypeCode: String?
    /// Extra services as display strings; a plain string in some answers, an array in others.
    public var services: [String]?
    /// An internal USPS table code, e.g. "T".
    public var tableCode: String?
    /// v3 spelling (the spec's `uniqueMailPieceId` was not seen).
    public var uniqueMailPieceID: String?
    /// v3r2 identifier.
    public var uniqueTrackingID: String?
    /// v3, not ISO: "2025-03-03 09:12:44.000000".
    public var mailPieceIntakeDate: String?
    /// v3r2.
    public var mailingDate: String?

    // MARK: origin and destination
    /// Where the item was mailed.
    public var originCity: String?
    /// Two-letter state of the origin.
    public var originState: String?
    /// v3 spelling.
    public var originZIP: String?
    /// v3r2 spelling.
    public var originZIPCode: String?
    /// A 2-letter code in v3r2; v3 answers may carry a code or a name.
    public var originCountry: String?
    /// Where the item goes.
    public var destinationCity: String?
    /// Two-letter state of the destination.
    public var destinationState: String?
    /// v3 spelling.
    public var destinationZIP: String?
    /// v3r2 spelling.
    public var destinationZIPCode: String?
    /// v3 spelling.
    public var destinationCountryCode: String?
    /// v3r2 spelling.
    public var destinationCountry: String?

    // MARK: delivery estimate
    /// v3: "2025-03-12T00:00:00" (no offset); absent once delivered.
    public var expectedDeliveryTimeStamp: String?
    /// v3: what kind of estimate `expectedDeliveryTimeStamp` is.
    public var expectedDeliveryType: String?
    /// v3: USPS's prediction, a date.
    public var predictedDeliveryDate: String?
    /// v3: the guaranteed time, for services that have one.
    public var guaranteedDeliveryTimeStamp: String?
    /// v3r2: the estimate block.
    public var deliveryDateExpectation: USPSDeliveryDateExpectation?

    // MARK: flags (v3: strings "true"/"false"; v3r2: `servicesEligibility` booleans)
    /// v3 flag, "true"/"false".
    public var emailEnabled: String?
    /// v3 flag, "true"/"false"; "true" marks some international items.
    public var kahalaIndicator: String?
    /// v3 flag, "true"/"false".
    public var proofOfDeliveryEnabled: String?
    /// v3 flag, "true"/"false": archived tracking can be restored.
    public var restoreEnabled: String?
    /// v3 flag `RRAMEnabled`, "true"/"false".
    public var rramEnabled: String?
    /// v3 flag `RREEnabled`, "true"/"false".
    public var rreEnabled: String?
    /// v3r2: the same kind of flags as booleans.
    public var servicesEligibility: USPSServicesEligibility?

    // MARK: scans
    /// Newest first, up to 99 entries.
    public var trackingEvents: [USPSTrackingEvent]?

    enum CodingKeys: String, CodingKey {
        case statusCode, apiVersion, error
        case trackingNumber, status, statusCategory, statusSummary
        case mailClass, mailClassCode, mailType, serviceTypeCode, services, tableCode
        case uniqueMailPieceID, uniqueTrackingID, mailPieceIntakeDate, mailingDate
        case originCity, originState, originZIP, originZIPCode, originCountry
        case destinationCity, destinationState, destinationZIP, destinationZIPCode, destinationCountryCode, destinationCountry
        case expectedDeliveryTimeStamp, expectedDeliveryType, predictedDeliveryDate, guaranteedDeliveryTimeStamp
        case deliveryDateExpectation
        case emailEnabled, kahalaIndicator, proofOfDeliveryEnabled, restoreEnabled
        case rramEnabled = "RRAMEnabled"
        case rreEnabled = "RREEnabled"
        case servicesEligibility
        case trackingEvents
    }

    /// An empty item; the simulator fills the fields its API version uses.
    public init(trackingNumber: String? = nil) {
        self.trackingNumber = trackingNumber
    }

    /// Reads an item leniently. Only a structurally wrong value (an object where text belongs, a scan list
    /// that is not a list of objects) fails, and the error's coding path names the field.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        statusCode = try c.lenientString(.statusCode)
        apiVersion = try c.lenientString(.apiVersion)
        error = try? c.decodeIfPresent(USPSErrorDetail.self, forKey: .error)
        trackingNumber = try c.lenientString(.trackingNumber)
        status = try c.lenientString(.status)
        statusCategory = try c.lenientString(.statusCategory)
        statusSummary = try c.lenientString(.statusSummary)
        mailClass = try c.lenientString(.mailClass)
        mailClassCode = try c.lenientString(.mailClassCode)
        mailType = try c.lenientString(.mailType)
        serviceTypeCode = try c.lenientString(.serviceTypeCode)
        services = try c.lenientStringList(.services)
        tableCode = try c.lenientString(.tableCode)
        uniqueMailPieceID = try c.lenientString(.uniqueMailPieceID)
        uniqueTrackingID = try c.lenientString(.uniqueTrackingID)
        mailPieceIntakeDate = try c.lenientString(.mailPieceIntakeDate)
        mailingDate = try c.lenientString(.mailingDate)
        originCity = try c.lenientString(.originCity)
        originState = try c.lenientString(.originState)
        originZIP = try c.lenientString(.originZIP)
        originZIPCode = try c.lenientString(.originZIPCode)
        originCountry = try c.lenientString(.originCountry)
        destinationCity = try c.lenientString(.destinationCity)
        destinationState = try c.lenientString(.destinationState)
        destinationZIP = try c.lenientString(.destinationZIP)
        destinationZIPCode = try c.lenientString(.destinationZIPCode)
        destinationCountryCode = try c.lenientString(.destinationCountryCode)
        destinationCountry = try c.lenientString(.destinationCountry)
        expectedDeliveryTimeStamp = try c.lenientString(.expectedDeliveryTimeStamp)
        expectedDeliveryType = try c.lenientString(.expectedDeliveryType)
        predictedDeliveryDate = try c.lenientString(.predictedDeliveryDate)
        guaranteedDeliveryTimeStamp = try c.lenientString(.guaranteedDeliveryTimeStamp)
        deliveryDateExpectation = try c.decodeIfPresent(USPSDeliveryDateExpectation.self, forKey: .deliveryDateExpectation)
        emailEnabled = try c.lenientString(.emailEnabled)
        kahalaIndicator = try c.lenientString(.kahalaIndicator)
        proofOfDeliveryEnabled = try c.lenientString(.proofOfDeliveryEnabled)
        restoreEnabled = try c.lenientString(.restoreEnabled)
        rramEnabled = try c.lenientString(.rramEnabled)
        rreEnabled = try c.lenientString(.rreEnabled)
        servicesEligibility = try c.decodeIfPresent(USPSServicesEligibility.self, forKey: .servicesEligibility)
        trackingEvents = try c.decodeIfPresent([USPSTrackingEvent].self, forKey: .trackingEvents)
    }

    /// The destination country under either spelling.
    public var destinationCountryValue: String? { destinationCountryCode ?? destinationCountry }

    /// The destination ZIP code under either spelling.
    public var destinationZIPValue: String? { destinationZIP ?? destinationZIPCode }

    /// The origin ZIP code under either spelling.
    public var originZIPValue: String? { originZIP ?? originZIPCode }

    /// The best delivery-estimate text: v3r2 expected/predicted date, else v3 expected/predicted time stamp.
    public var deliveryEstimateText: String? {
        deliveryDateExpectation?.expectedDeliveryDate
            ?? deliveryDateExpectation?.predictedDeliveryDate
            ?? expectedDeliveryTimeStamp
            ?? predictedDeliveryDate
    }

    /// True when `mailType` says the item never left the US ("DM", "DOMESTIC_MAIL").
    public var isDomesticMail: Bool {
        guard let mailType else { return false }
        let key = mailType.trimmingSpaces().uppercased()
        return key == "DM" || key == "DOMESTIC_MAIL" || key == "DOMESTIC"
    }
}
