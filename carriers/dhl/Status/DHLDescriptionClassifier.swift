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
    /// "NOT DELIVERED" before "DELIVERED").
    private static let phrases = PhraseTable<Match>([
        ("SIGNED FOR BY", .expressCode("OK")),
        ("PICKED UP FROM THE", .expressCode("OK")),
        ("COLLECTED BY THE RECIPIENT", .expressCode("OK")),
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
        ("DEPARTED", .expressCode("DF")),
        ("PROCESSED", .expressCode("PL")),
        ("IN TRANSIT", .expressCode("TR")),
    ])
}
