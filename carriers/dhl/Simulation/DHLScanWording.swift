import Foundation
import ShipwatchCore

/// How DHL Express words each milestone: the `statusCode` category, the Express code, the description
/// and, where the code alone is ambiguous, a remark that settles it.
struct DHLScanWording: Equatable {
    /// The `statusCode` category.
    var category: String
    /// The Express code in `status`; nil where DHL has no code for the stage.
    var code: String?
    /// The description, given the place text ("LEIPZIG - GERMANY").
    var description: String
    /// An explanatory remark, or nil.
    var remark: String?

    /// DHL's usual wording for a milestone at a place.
    static func wording(for milestone: Milestone, place: String?, signedBy: String?) -> DHLScanWording {
        let at = place.map { " " + $0 } ?? ""
        switch milestone {
        case .labelCreated:
            return DHLScanWording(category: "pre-transit", code: nil, description: "Shipment information received")
        case .accepted:
            return DHLScanWording(category: "transit", code: "PU", description: "Shipment picked up")
        case .sortArrived:
            return DHLScanWording(category: "transit", code: "AF", description: "Arrived at DHL Sort Facility" + at)
        case .sortProcessed:
            return DHLScanWording(category: "transit", code: "PL", description: "Processed at" + at)
        case .sortDeparted:
            return DHLScanWording(category: "transit", code: "DF", description: "Departed Facility in" + at)
        case .inTransit:
            return DHLScanWording(category: "transit", code: "TR", description: "Transferred through" + at)
        case .customsExport:
            return DHLScanWording(category: "transit", code: "CR", description: "Clearance processing complete at" + at,
                                  remark: "Export clearance completed in the origin country.")
        case .customsInProgress:
            return DHLScanWording(category: "transit", code: "RR", description: "Customs status updated")
        case .customsHeld:
            return DHLScanWording(category: "transit", code: "OH", description: "Shipment is on hold",
                                  remark: "The shipment is held by customs pending clearance.")
        case .customsReleased:
            return DHLScanWording(category: "transit", code: "CR", description: "Clearance processing complete at" + at)
        case .outForDelivery:
            return DHLScanWording(category: "transit", code: "WC", description: "With delivery courier")
        case .deliveryAttempted:
            return DHLScanWording(category: "failure", code: "NH", description: "Delivery attempted; recipient not home")
        case .availableForPickup:
            return DHLScanWording(category: "transit", code: "CC", description: "Awaiting collection by recipient as requested")
        case .delivered:
            let signed = signedBy.map { "Delivered - Signed for by: " + $0 } ?? "Delivered"
            return DHLScanWording(category: "delivered", code: "OK", description: signed)
        case .delayed:
            return DHLScanWording(category: "transit", code: "MD", description: "Missed delivery cycle; delivery rescheduled")
        case .exception:
            return DHLScanWording(category: "failure", code: "BA", description: "Delivery exception: bad or insufficient address")
        case .returnToSender:
            return DHLScanWording(category: "failure", code: "RT", description: "Returned to shipper")
        case .cancelled:
            return DHLScanWording(category: "failure", code: nil, description: "Shipment cancelled by the shipper")
        case .info:
            return DHLScanWording(category: "transit", code: "AD", description: "Delivery arrangement agreed with the recipient")
        case .unknown:
            // Deliberately a code no table holds, so the simulator exercises unmapped-code handling.
            return DHLScanWording(category: "unknown", code: "XX", description: "Status update")
        }
    }

    /// The Express shipment-level code for a category (101 delivered, 102 transit, 103 failure, 104 pre-transit).
    static func shipmentCode(forCategory category: String) -> String? {
        switch category {
        case "delivered": "101"
        case "transit": "102"
        case "failure": "103"
        case "pre-transit": "104"
        default: nil
        }
    }
}
