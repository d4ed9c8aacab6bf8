import Foundation
import ShipwatchCore

/// Every DHL code we know, mapped onto Shipwatch milestones.
///
/// Keyed on family + code (see `DHLCodeFamily`). The parser looks codes up through `lookup(code:service:)`,
/// which routes by the shipment's division. Sources: DHL's Unified tracking status list (per service: Express,
/// Parcel DE, eCommerce Americas and Europe, eCommerce PPL, Parcel NL and PL), DHL eCommerce Asia's documented
/// event codes and recorded Express wordings (carriers.md section 5.3). The meanings are our own short words;
/// judgement calls are noted per row and in the carrier README. The large division lists live in
/// `DHLStatusTable+<division>.swift`.
public enum DHLStatusTable {
    /// All rows: categories, Express event and shipment codes, then every division's event codes.
    public static let entries: [DHLStatusEntry] =
        categoryEntries + expressEntries + expressShipmentEntries
        + ecommerceEntries + ecommerceDeliveryEntries + ecommerceEuropeEntries + ecommerceAsiaEntries + ecommercePPLEntries
        + parcelGermanyEntries + parcelNetherlandsEntriesAToM + parcelNetherlandsEntriesNToZ + parcelPolandEntries

    /// The row for a family and code, or nil.
    public static func entry(family: DHLCodeFamily, code: String) -> DHLStatusEntry? {
        index[DHLCodeKey(family: family, code: family.normalized(code))]
    }

    /// The row for an event's `statusCode` category (pre-transit, transit, delivered, failure, unknown), or nil.
    public static func categoryEntry(_ statusCode: String) -> DHLStatusEntry? {
        entry(family: .category, code: statusCode)
    }

    /// The row for an event's division code (`status`), routed by the shipment's `service`.
    ///
    /// For a division we hold a list for, only that list is searched. For any other division (or none),
    /// every event list is searched and the code is accepted only when all lists that know it agree on
    /// the milestone; otherwise nil (the event stays `unknown` and the code is reported as unmapped).
    public static func lookup(code: String, service: String?) -> DHLStatusEntry? {
        if let family = DHLCodeFamily.eventFamily(forService: service) {
            return entry(family: family, code: code)
        }
        let candidates = DHLCodeFamily.eventFamilies.compactMap { entry(family: $0, code: code) }
        guard let first = candidates.first,
              candidates.allSatisfy({ $0.milestone == first.milestone && $0.refinement == first.refinement })
        else { return nil }
        return first
    }

    private static let index: [DHLCodeKey: DHLStatusEntry] = Dictionary(
        entries.map { (DHLCodeKey(family: $0.family, code: $0.code), $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// `statusCode`, on events and on the shipment status.
    static let categoryEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.category, "pre-transit", .labelCreated, "Shipment data received, DHL does not have the parcel yet"),
        DHLStatusEntry(.category, "transit", .inTransit, "Moving; the division code says where exactly"),
        DHLStatusEntry(.category, "delivered", .delivered, "Delivered"),
        DHLStatusEntry(.category, "failure", .exception, "A problem: failed delivery, return, damage…"),
        // "unknown" means DHL has nothing to say: it must not change the shipment's stage.
        DHLStatusEntry(.category, "unknown", .info, "Status unknown; keeps the previous stage"),
    ]

    /// Express event codes (`status` on events of service "express").
    static let expressEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.express, "SA", .accepted, "Shipment acceptance"),
        DHLStatusEntry(.express, "PU", .accepted, "Shipment picked up"),
        DHLStatusEntry(.express, "PL", .sortProcessed, "Processed at location"),
        DHLStatusEntry(.express, "AF", .sortArrived, "Arrived at sort facility"),
        DHLStatusEntry(.express, "DF", .sortDeparted, "Departed facility"),
        DHLStatusEntry(.express, "AR", .sortArrived, "Arrived at delivery facility"),
        DHLStatusEntry(.express, "TR", .inTransit, "Record of transfer (transferred through)"),
        DHLStatusEntry(.express, "SM", .inTransit, "Scheduled for movement"),
        DHLStatusEntry(.express, "FD", .inTransit, "Forwarded to destination"),
        DHLStatusEntry(.express, "TP", .inTransit, "Forwarded to a third party, no delivery data"),
        DHLStatusEntry(.express, "RR", .customsInProgress, "Customs response received (customs status updated)"),
        DHLStatusEntry(.express, "IC", .customsInProgress, "In clearance processing"),
        DHLStatusEntry(.express, "BN", .customsInProgress, "Customer's broker notified"),
        DHLStatusEntry(.express, "CD", .customsHeld, "Controllable clearance delay (documents, information)"),
        DHLStatusEntry(.express, "UD", .customsHeld, "Uncontrollable clearance delay (customs authority)"),
        DHLStatusEntry(.express, "HP", .customsHeld, "Held for payment of duties and taxes"),
        // Duties paid: the hold is lifted but the release (CR/BR) is still to come, so it stays a customs stage.
        DHLStatusEntry(.express, "PY", .customsInProgress, "Payment of duties received and recorded"),
        DHLStatusEntry(.express, "BR", .customsReleased, "Broker release", refinement: .exportWhenAtOrigin),
        DHLStatusEntry(.express, "CR", .customsReleased, "Clearance release (clearance processing complete)", refinement: .exportWhenAtOrigin),
        DHLStatusEntry(.express, "OH", .customsHeld, "Shipment on hold", refinement: .customsHoldElseException),
        DHLStatusEntry(.express, "WC", .outForDelivery, "With delivering courier"),
        DHLStatusEntry(.express, "OK", .delivered, "Delivered"),
        DHLStatusEntry(.express, "PD", .delivered, "Partial delivery"),
        // Delivered, but damaged: the parcel did arrive (terminal); the description keeps the damage.
        DHLStatusEntry(.express, "DD", .delivered, "Delivered damaged"),
        DHLStatusEntry(.express, "NH", .deliveryAttempted, "Delivery attempted, recipient not home"),
        DHLStatusEntry(.express, "CA", .deliveryAttempted, "Closed on arrival"),
        DHLStatusEntry(.express, "ND", .deliveryAttempted, "Not delivered"),
        DHLStatusEntry(.express, "BA", .exception, "Bad address"),
        DHLStatusEntry(.express, "CM", .exception, "Customer moved"),
        DHLStatusEntry(.express, "RD", .exception, "Refused delivery"),
        DHLStatusEntry(.express, "MS", .exception, "Mis-sorted"),
        DHLStatusEntry(.express, "MC", .exception, "Miscoded"),
        DHLStatusEntry(.express, "SS", .exception, "Shipment stopped"),
        DHLStatusEntry(.express, "DS", .exception, "Destroyed or disposed of"),
        DHLStatusEntry(.express, "MD", .delayed, "Missed delivery cycle"),
        DHLStatusEntry(.express, "CC", .availableForPickup, "Awaiting collection by the consignee"),
        DHLStatusEntry(.express, "RT", .returnToSender, "Returned to consignor"),
        DHLStatusEntry(.express, "AD", .info, "Agreed delivery arrangement"),
        DHLStatusEntry(.express, "SC", .info, "Service changed"),
        DHLStatusEntry(.express, "CS", .info, "Closed shipment"),
    ]

    /// Express shipment-level `status` codes (on `shipments[].status.status`).
    static let expressShipmentEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.expressShipment, "101", .delivered, "Shipment delivered"),
        DHLStatusEntry(.expressShipment, "102", .inTransit, "Shipment in transit"),
        DHLStatusEntry(.expressShipment, "103", .exception, "Shipment failure"),
        DHLStatusEntry(.expressShipment, "104", .labelCreated, "Shipment pre-transit"),
    ]

    /// Parcel Germany codes (service "parcel-de").
    static let parcelGermanyEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.parcelGermany, "VA", .labelCreated, "Electronic pre-advice received"),
        DHLStatusEntry(.parcelGermany, "AE", .accepted, "Picked up at the customer's site"),
        DHLStatusEntry(.parcelGermany, "AN", .exception, "Pickup at the customer's site not successful"),
        DHLStatusEntry(.parcelGermany, "ES", .accepted, "Handed over, first processed by DHL"),
        DHLStatusEntry(.parcelGermany, "NB", .sortProcessed, "Normal processing in transit"),
        // The two movement codes of DHL's event/reason combination list ("Eingang in …", "Abgang aus …").
        DHLStatusEntry(.parcelGermany, "EE", .sortArrived, "Arrived at a facility"),
        DHLStatusEntry(.parcelGermany, "AA", .sortDeparted, "Departed from a facility"),
        DHLStatusEntry(.parcelGermany, "ZO", .customsInProgress, "Customs clearance"),
        DHLStatusEntry(.parcelGermany, "PO", .outForDelivery, "In delivery"),
        DHLStatusEntry(.parcelGermany, "ZU", .delivered, "Delivered"),
        DHLStatusEntry(.parcelGermany, "ZN", .deliveryAttempted, "Delivery attempt not successful"),
        DHLStatusEntry(.parcelGermany, "ZF", .availableForPickup, "Delivered to a retail outlet, post office or Packstation"),
        DHLStatusEntry(.parcelGermany, "LA", .availableForPickup, "In storage, waiting for pickup"),
        DHLStatusEntry(.parcelGermany, "BV", .exception, "Exception (damage, delay…)"),
        DHLStatusEntry(.parcelGermany, "DD", .info, "Data service (delivery day booked…)"),
        DHLStatusEntry(.parcelGermany, "GT", .info, "Money transfer (cash on delivery)"),
    ]
}
