import CarrierSupport
import ShipwatchCore

/// Reads the stage from DHL's wording, for events that carry no code (Express answers recorded in 2021
/// had only a description) or a code our table does not hold (eCommerce and Parcel divisions use hundreds).
/// Plain substring tests on the upper-cased English text (the adapter asks for `language=en`), first match wins.
enum DHLDescriptionClassifier {
    /// What a description stands for: an Express code (so the status table and its refinements apply),
    /// or directly a milestone where DHL has no code for it.
    enum Match: Equatable {
        case expressCode(String)
        case milestone(Milestone)
    }

    /// The match for a description, or nil when no phrase is recognized.
    static func classify(_ description: String) -> Match? {
        phrases.firstMatch(in: description.uppercased())
    }

    /// Ordered: more specific phrases before the ones they contain ("SIGNED FOR BY" before "DELIVERED",
    /// "NOT DELIVERED" before "DELIVERED"; returns, then pickups that did not happen, then pickups by the
    /// recipient, before the carrier's "PICKED UP").
    private static let phrases = PhraseTable<Match>([
        ("SIGNED FOR BY", .expressCode("OK")),
        ("NOT DELIVERED", .expressCode("ND")),
        ("COULD NOT BE DELIVERED", .expressCode("ND")),
        ("DELIVERY ATTEMPT", .expressCode("NH")),
        ("UNDELIVERED", .expressCode("ND")),
        ("DELIVERY ATTEMPTED", .expressCode("NH")),
        ("NOT HOME", .expressCode("NH")),
        ("CLOSED ON ARRIVAL", .expressCode("CA")),
        ("BAD ADDRESS", .expressCode("BA")),
        ("INCORRECT ADDRESS", .expressCode("BA")),
        ("REFUSED", .expressCode("RD")),
        ("WITH DELIVERY COURIER", .expressCode("WC")),
        ("OUT FOR DELIVERY", .expressCode("WC")),
        ("LOADED ONTO THE DELIVERY VEHICLE", .expressCode("WC")),
        ("AWAITING COLLECTION", .expressCode("CC")),
        ("READY FOR PICK-UP", .expressCode("CC")),
        ("READY FOR PICKUP", .expressCode("CC")),
        ("AVAILABLE FOR PICKUP", .expressCode("CC")),
        ("READY FOR COLLECTION", .expressCode("CC")),
        ("RETURNED TO SHIPPER", .expressCode("RT")),
        ("RETURNED TO SENDER", .expressCode("RT")),
        ("RETURNED TO THE SENDER", .expressCode("RT")),
        ("RETURN TO SENDER", .expressCode("RT")),
        ("BEING RETURNED", .expressCode("RT")),
        ("RETURN TO SHIPPER", .expressCode("RT")),
        ("RETURNED TO CONSIGNOR", .expressCode("RT")),
        ("SENT BACK TO THE SENDER", .expressCode("RT")),
        ("SENT BACK TO SENDER", .expressCode("RT")),
        ("CLEARANCE PROCESSING COMPLETE", .expressCode("CR")),
        ("CUSTOMS STATUS UPDATED", .expressCode("RR")),
        ("CUSTOMS CLEARANCE STATUS UPDATED", .expressCode("RR")),
        ("CLEARANCE DELAY", .expressCode("CD")),
        ("HELD FOR PAYMENT", .expressCode("HP")),
        ("AWAITING PAYMENT", .expressCode("HP")),
        ("PAYMENT IS RECEIVED", .expressCode("PY")),
        ("PAYMENT RECEIVED", .expressCode("PY")),
        ("ON HOLD", .expressCode("OH")),
        ("ARRIVED AT DHL DELIVERY FACILITY", .expressCode("AR")),
        ("ARRIVED AT DELIVERY FACILITY", .expressCode("AR")),
        ("ARRIVED AT DHL SORT FACILITY", .expressCode("AF")),
        ("ARRIVED AT SORT FACILITY", .expressCode("AF")),
        ("PROCESSED AT", .expressCode("PL")),
        ("DEPARTED FACILITY", .expressCode("DF")),
        ("TRANSFERRED THROUGH", .expressCode("TR")),
        ("MISSED DELIVERY", .expressCode("MD")),
        // A pickup or collection that did not happen is neither a delivery nor the carrier's pickup.
        ("NOT BEEN PICKED UP", .milestone(.exception)),
        ("NO BEEN PICKED UP", .milestone(.exception)),
        ("NOT PICKED UP", .milestone(.exception)),
        ("NOTHING PICKED UP", .milestone(.exception)),
        ("NOT BEEN COLLECTED", .milestone(.exception)),
        ("NOT COLLECTED", .milestone(.exception)),
        // The recipient fetching the parcel (pickup point, depot, post office) is the delivery.
        ("PICKED UP BY CONSIGNEE", .expressCode("OK")),
        ("PICKED UP BY THE CONSIGNEE", .expressCode("OK")),
        ("PICKED UP BY RECIPIENT", .expressCode("OK")),
        ("PICKED UP BY THE RECIPIENT", .expressCode("OK")),
        ("PICKED UP BY RECEIVER", .expressCode("OK")),
        ("PICKED UP BY THE RECEIVER", .expressCode("OK")),
        ("PICKED UP BY ADDRESSEE", .expressCode("OK")),
        ("PICKED UP BY THE ADDRESSEE", .expressCode("OK")),
        ("PICKED UP FROM THE", .expressCode("OK")),
        ("COLLECTED BY THE RECIPIENT", .expressCode("OK")),
        ("COLLECTED BY RECIPIENT", .expressCode("OK")),
        ("PICKED UP", .expressCode("PU")),
        ("POSTED BY THE SENDER", .expressCode("PU")),
        ("DROPPED OFF", .expressCode("PU")),
        ("SHIPMENT ACCEPTED", .expressCode("SA")),
        ("SHIPMENT INFORMATION RECEIVED", .milestone(.labelCreated)),
        ("INSTRUCTION DATA", .milestone(.labelCreated)),
        ("ELECTRONIC NOTIFICATION", .milestone(.labelCreated)),
        ("PRE-ADVICE", .milestone(.labelCreated)),
        ("LABEL CREATED", .milestone(.labelCreated)),
        ("CANCEL", .milestone(.cancelled)),
        ("HELD AT CUSTOMS", .expressCode("CD")),
        ("HELD BY CUSTOMS", .expressCode("CD")),
        ("CLEARED CUSTOMS", .expressCode("CR")),
        ("CUSTOMS CLEARED", .expressCode("CR")),
        ("CUSTOMS", .expressCode("RR")),
        ("DELIVERED", .expressCode("OK")),
        ("ARRIVED AT", .expressCode("AF")),
        // Country-level arrivals (eCommerce "ARRIVAL IN COUNTRY") are in transit, like eCommerce 360/361.
        ("ARRIVED IN DESTINATION COUNTRY", .expressCode("TR")),
        ("ARRIVED IN TRANSIT COUNTRY", .expressCode("TR")),
        ("ARRIVAL IN COUNTRY", .expressCode("TR")),
        ("ARRIVAL IN DESTINATION COUNTRY", .expressCode("TR")),
        ("ARRIVAL AT DESTINATION COUNTRY", .expressCode("TR")),
        // eCommerce's noun forms: "ARRIVAL DESTINATION DHL ECOMMERCE FACILITY", "DEPARTURE DHL DISTRIBUTION CENTER".
        ("ARRIVED IN", .expressCode("AF")),
        ("ARRIVAL", .expressCode("AF")),
        ("DEPARTED", .expressCode("DF")),
        ("DEPARTURE", .expressCode("DF")),
        ("PROCESSED", .expressCode("PL")),
        ("IN TRANSIT", .expressCode("TR")),
    ])
}
