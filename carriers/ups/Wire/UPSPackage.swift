import CarrierSupport
import Foundation
import ShipwatchCore

/// One package of a shipment: status, scans, delivery dates, addresses, service.
///
/// Blocks Shipwatch does not read (milestones, payment information, access-point details) are kept as
/// raw JSON so a decode–encode round trip loses nothing.
public struct UPSPackage: Codable, Sendable, Hashable {
    /// The package's 1Z (or other) number.
    public var trackingNumber: String?
    /// The scans, newest first.
    public var activity: [UPSActivity]?
    /// The package's overall status.
    public var currentStatus: UPSStatus?
    /// Scheduled, rescheduled and delivered dates.
    public var deliveryDate: [UPSDeliveryDate]?
    /// Delivery window or delivered time.
    public var deliveryTime: UPSDeliveryTime?
    /// Delivery details once delivered (received by, location, signature).
    public var deliveryInformation: UPSDeliveryInformation?
    /// Origin and destination addresses.
    public var packageAddress: [UPSPackageAddress]?
    /// The UPS service.
    public var service: UPSService?
    /// The weight.
    public var weight: UPSWeight?
    /// The dimensions.
    public var dimension: UPSDimension?
    /// Shipper references.
    public var referenceNumber: [UPSTypedNumber]?
    /// Other numbers for the same package (e.g. a USPS PIC for SurePost / Ground Saver).
    public var alternateTrackingNumber: [UPSTypedNumber]?
    /// Number of packages in the shipment (an integer in UPS's spec, sometimes a string).
    public var packageCount: Int?
    /// A package-level status code, sometimes present.
    public var statusCode: String?
    /// A package-level status wording, sometimes present.
    public var statusDescription: String?
    /// Attribute flags ("SENSOR_EVENT").
    public var additionalAttributes: [String]?
    /// Service flags ("SIGNATURE_REQUIRED", "UPS_PREMIER_GOLD"…).
    public var additionalServices: [String]?
    /// Data-suppression flags ("DETAIL").
    public var suppressionIndicators: [String]?
    /// Access-point details (`pickupByDate`), kept as sent.
    public var accessPointInformation: JSONFragment?
    /// Milestones (only with `returnMilestones=true`), kept as sent.
    public var milestones: [JSONFragment]?
    /// COD / import-charge payment entries, kept as sent.
    public var paymentInformation: [JSONFragment]?

    /// Creates a package.
    public init(
        trackingNumber: String? = nil,
        activity: [UPSActivity]? = nil,
        currentStatus: UPSStatus? = nil,
        deliveryDate: [UPSDeliveryDate]? = nil,
        deliveryTime: UPSDeliveryTime? = nil,
        deliveryInformation: UPSDeliveryInformation? = nil,
        packageAddress: [UPSPackageAddress]? = nil,
        service: UPSService? = nil,
        weight: UPSWeight? = nil,
        dimension: UPSDimension? = nil,
        referenceNumber: [UPSTypedNumber]? = nil,
        alternateTrackingNumber: [UPSTypedNumber]? = nil,
        packageCount: Int? = nil,
        statusCode: String? = nil,
        statusDescription: String? = nil,
        additionalAttributes: [String]? = nil,
        additionalServices: [String]? = nil,
        suppressionIndicators: [String]? = nil,
        accessPointInformation: JSONFragment? = nil,
        milestones: [JSONFragment]? = nil,
        paymentInformation: [JSONFragment]? = nil
    ) {
        self.trackingNumber = trackingNumber
        self.activity = activity
        self.currentStatus = currentStatus
        self.deliveryDate = deliveryDate
        self.deliveryTime = deliveryTime
        self.deliveryInformation = deliveryInformation
        self.packageAddress = packageAddress
        self.service = service
        self.weight = weight
        self.dimension = dimension
        self.referenceNumber = referenceNumber
        self.alternateTrackingNumber = alternateTrackingNumber
        self.packageCount = packageCount
        self.statusCode = statusCode
        self.statusDescription = statusDescription
        self.additionalAttributes = additionalAttributes
        self.additionalServices = additionalServices
        self.suppressionIndicators = suppressionIndicators
        self.accessPointInformation = accessPointInformation
        self.milestones = milestones
        self.paymentInformation = paymentInformation
    }

    /// Decodes leniently: lists may arrive as single objects, numbers as strings and vice versa.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trackingNumber = try container.lenientString(.trackingNumber)
        activity = try container.lenientList(.activity)
        currentStatus = try container.decodeIfPresent(UPSStatus.self, forKey: .currentStatus)
        deliveryDate = try container.lenientList(.deliveryDate)
        deliveryTime = try container.decodeIfPresent(UPSDeliveryTime.self, forKey: .deliveryTime)
        deliveryInformation = try container.decodeIfPresent(UPSDeliveryInformation.self, forKey: .deliveryInformation)
        packageAddress = try container.lenientList(.packageAddress)
        service = try container.decodeIfPresent(UPSService.self, forKey: .service)
        weight = try container.decodeIfPresent(UPSWeight.self, forKey: .weight)
        dimension = try container.decodeIfPresent(UPSDimension.self, forKey: .dimension)
        referenceNumber = try container.lenientList(.referenceNumber)
        alternateTrackingNumber = try container.lenientList(.alternateTrackingNumber)
        packageCount = try? container.lenientInt(.packageCount)  // informational: a fractional or odd value is dropped
        statusCode = try container.lenientString(.statusCode)
        statusDescription = try container.lenientString(.statusDescription)
        additionalAttributes = try container.lenientList(.additionalAttributes)
        additionalServices = try container.lenientList(.additionalServices)
        suppressionIndicators = try container.lenientList(.suppressionIndicators)
        accessPointInformation = try container.decodeIfPresent(JSONFragment.self, forKey: .accessPointInformation)
        milestones = try container.lenientList(.milestones)
        paymentInformation = try container.lenientList(.paymentInformation)
    }
}
