import Foundation
import ShipwatchCore

/// How FedEx usually words a scan of each milestone: event code, text, derived status, place type and delay.
///
/// The simulator renders scans with these; the parser must read each back to the same milestone
/// (except `sortProcessed`, which FedEx has no scan for: it renders as the sort-facility scan SF).
struct FedExScanWording: Sendable, Hashable {
    var eventType: String
    var eventDescription: String
    var derivedStatusCode: String
    var derivedStatus: String
    var locationType: String
    var exceptionCode: String = ""
    var exceptionDescription: String = ""
    var delayType: String?

    /// The wording for a milestone.
    static func wording(for milestone: Milestone) -> FedExScanWording {
        switch milestone {
        case .labelCreated:
            FedExScanWording(eventType: "OC", eventDescription: "Shipment information sent to FedEx",
                             derivedStatusCode: "IN", derivedStatus: "Label created", locationType: "CUSTOMER")
        case .accepted:
            FedExScanWording(eventType: "PU", eventDescription: "Picked up",
                             derivedStatusCode: "PU", derivedStatus: "Picked up", locationType: "PICKUP_LOCATION")
        case .sortArrived:
            FedExScanWording(eventType: "AR", eventDescription: "Arrived at FedEx location",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "FEDEX_FACILITY")
        case .sortProcessed:
            FedExScanWording(eventType: "SF", eventDescription: "At FedEx sort facility",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "SORT_FACILITY")
        case .sortDeparted:
            FedExScanWording(eventType: "DP", eventDescription: "Departed FedEx location",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "FEDEX_FACILITY")
        case .inTransit:
            FedExScanWording(eventType: "IT", eventDescription: "In transit",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "ENROUTE")
        case .customsExport:
            FedExScanWording(eventType: "CC", eventDescription: "International shipment release - Export",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "FEDEX_FACILITY")
        case .customsInProgress:
            FedExScanWording(eventType: "CP", eventDescription: "Clearance in progress",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "PORT_OF_ENTRY")
        case .customsHeld:
            FedExScanWording(eventType: "CD", eventDescription: "Clearance delay - Import",
                             derivedStatusCode: "CD", derivedStatus: "Clearance delay", locationType: "CUSTOMS_BROKER",
                             exceptionDescription: "Import documentation required", delayType: "CLEARANCE")
        case .customsReleased:
            FedExScanWording(eventType: "CC", eventDescription: "International shipment release - Import",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "PORT_OF_ENTRY")
        case .outForDelivery:
            FedExScanWording(eventType: "OD", eventDescription: "On FedEx vehicle for delivery",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "VEHICLE")
        case .deliveryAttempted:
            FedExScanWording(eventType: "DE", eventDescription: "Delivery exception",
                             derivedStatusCode: "DE", derivedStatus: "Delivery exception", locationType: "DELIVERY_LOCATION",
                             exceptionCode: "08", exceptionDescription: "Customer not available or business closed")
        case .availableForPickup:
            FedExScanWording(eventType: "HP", eventDescription: "Ready for recipient pickup",
                             derivedStatusCode: "HP", derivedStatus: "Ready for pickup", locationType: "FEDEX_OFFICE_LOCATION")
        case .delivered:
            FedExScanWording(eventType: "DL", eventDescription: "Delivered",
                             derivedStatusCode: "DL", derivedStatus: "Delivered", locationType: "DELIVERY_LOCATION")
        case .delayed:
            FedExScanWording(eventType: "DY", eventDescription: "Delay",
                             derivedStatusCode: "DY", derivedStatus: "Delay", locationType: "FEDEX_FACILITY",
                             exceptionCode: "A52", exceptionDescription: "Package delayed", delayType: "GENERAL")
        case .exception:
            FedExScanWording(eventType: "SE", eventDescription: "Shipment exception",
                             derivedStatusCode: "SE", derivedStatus: "Shipment exception", locationType: "FEDEX_FACILITY",
                             exceptionDescription: "Package damaged")
        case .returnToSender:
            FedExScanWording(eventType: "RS", eventDescription: "Returning package to shipper",
                             derivedStatusCode: "RS", derivedStatus: "Return to shipper", locationType: "FEDEX_FACILITY")
        case .cancelled:
            FedExScanWording(eventType: "CA", eventDescription: "Shipment cancelled by sender",
                             derivedStatusCode: "CA", derivedStatus: "Cancelled", locationType: "CUSTOMER")
        case .info:
            FedExScanWording(eventType: "AO", eventDescription: "Shipment arriving On-Time",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "FEDEX_FACILITY")
        case .unknown:
            FedExScanWording(eventType: FedExSimulation.unmappedEventType, eventDescription: "Scan not described",
                             derivedStatusCode: "IT", derivedStatus: "In transit", locationType: "FEDEX_FACILITY")
        }
    }

    /// The event text for a scan: the caller's override when given, kept recognisable as export or import
    /// release for CC scans (FedEx always ends those with "- Export" / "- Import").
    func eventText(override: String?, milestone: Milestone) -> String {
        guard let override, !override.isEmpty else { return eventDescription }
        switch milestone {
        case .customsExport where override.range(of: "export", options: .caseInsensitive) == nil:
            return override + " - Export"
        case .customsReleased where override.range(of: "import", options: .caseInsensitive) == nil:
            return override + " - Import"
        default:
            return override
        }
    }
}
