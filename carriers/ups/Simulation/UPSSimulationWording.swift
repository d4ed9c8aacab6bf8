import Foundation
import ShipwatchCore

/// The status UPS would print for each milestone: type, 2-character code, 3-digit status code and wording.
///
/// Pairs follow what real answers show where known (AR/DP/EP/IP with 005, YP with 071, OT with 021,
/// FS with 011, BB with 058, RZ with 014); the rest use the status code alone, as UPS often does.
public enum UPSSimulationWording {
    /// The status block for a milestone; `description` replaces UPS's usual wording when given.
    public static func status(for milestone: Milestone, description: String? = nil) -> UPSStatus {
        let wording = wordings[milestone] ?? wordings[.unknown]!
        return UPSStatus(
            type: wording.type,
            code: wording.code,
            statusCode: wording.statusCode,
            description: description ?? wording.text,
            simplifiedTextDescription: wording.summary
        )
    }

    /// The status-code UPS puts in `currentStatus.code` (real answers) for a milestone.
    public static func statusCode(for milestone: Milestone) -> String {
        (wordings[milestone] ?? wordings[.unknown]!).statusCode
    }

    private struct Wording {
        let type: String
        let code: String?
        let statusCode: String
        let text: String
        let summary: String
    }

    /// 999 is deliberately absent from the status table: it renders an unknown code.
    private static let wordings: [Milestone: Wording] = [
        .labelCreated: Wording(type: "M", code: "MP", statusCode: "003", text: "Shipper created a label, UPS has not received the package yet.", summary: "Label Created"),
        .accepted: Wording(type: "P", code: "PU", statusCode: "038", text: "Pickup Scan", summary: "Picked Up"),
        .sortArrived: Wording(type: "I", code: "AR", statusCode: "005", text: "Arrived at Facility", summary: "On the Way"),
        .sortProcessed: Wording(type: "I", code: "YP", statusCode: "071", text: "Processing at UPS Facility", summary: "On the Way"),
        .sortDeparted: Wording(type: "I", code: "DP", statusCode: "005", text: "Departed from Facility", summary: "On the Way"),
        .inTransit: Wording(type: "I", code: "AT", statusCode: "005", text: "In Transit", summary: "On the Way"),
        .customsExport: Wording(type: "I", code: "EP", statusCode: "005", text: "Export Scan", summary: "On the Way"),
        .customsInProgress: Wording(type: "X", code: nil, statusCode: "092", text: "The package is with the clearing agency, awaiting release.", summary: "Customs Clearance in Progress"),
        .customsHeld: Wording(type: "X", code: "BB", statusCode: "058", text: "We have contacted the sender for information needed to clear customs.", summary: "Clearance Information Required"),
        .customsReleased: Wording(type: "X", code: "RZ", statusCode: "014", text: "The government agency has released your package.", summary: "Clearance Completed"),
        .outForDelivery: Wording(type: "I", code: "OT", statusCode: "021", text: "Out For Delivery Today", summary: "Out for Delivery"),
        .deliveryAttempted: Wording(type: "X", code: nil, statusCode: "022", text: "Nobody was available to receive the package. A second attempt follows on the next business day.", summary: "First Attempt Made"),
        .availableForPickup: Wording(type: "I", code: nil, statusCode: "040", text: "Ready for pickup at the UPS Access Point location.", summary: "Ready for Customer Pickup"),
        .delivered: Wording(type: "D", code: "FS", statusCode: "011", text: "DELIVERED", summary: "Delivered"),
        .delayed: Wording(type: "X", code: nil, statusCode: "046", text: "A late flight has delayed your package. We are updating the delivery date.", summary: "Delay"),
        .exception: Wording(type: "X", code: nil, statusCode: "013", text: "An exception occurred. We are working to resolve it.", summary: "Exception"),
        .returnToSender: Wording(type: "I", code: nil, statusCode: "035", text: "The package is being returned to the sender.", summary: "Returning to Sender"),
        .cancelled: Wording(type: "MV", code: "VP", statusCode: "007", text: "The shipper voided the shipment information.", summary: "Shipment Information Voided"),
        .info: Wording(type: "U", code: nil, statusCode: "154", text: "The delivery date has been updated.", summary: "Updated Delivery Date"),
        .unknown: Wording(type: "I", code: nil, statusCode: "999", text: "Status update", summary: "Status update"),
    ]
}
