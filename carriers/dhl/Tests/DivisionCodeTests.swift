import CarrierDHL
import ShipwatchCore
import Testing

@Suite("DHL division codes: one code of each milestone family per division")
struct DivisionCodeTests {
    /// For each division, a code of every milestone family the division's list has.
    static let representatives: [ListedCode] = {
        var codes: [ListedCode] = []
        func add(_ family: DHLCodeFamily, _ pairs: [(String, Milestone)]) {
            codes += pairs.map { ListedCode(family, $0.0, $0.1) }
        }
        add(.ecommerce, [
            ("238", .labelCreated), ("100", .accepted), ("156", .sortArrived), ("529", .sortProcessed), ("577", .sortDeparted),
            ("532", .inTransit), ("483", .customsExport), ("509", .customsInProgress), ("508", .customsHeld), ("442", .customsReleased),
            ("598", .outForDelivery), ("551", .deliveryAttempted), ("570", .availableForPickup), ("600", .delivered),
            ("572", .delivered), ("592", .delayed), ("631", .exception), ("800", .returnToSender), ("101", .cancelled), ("163", .info),
        ])
        add(.ecommerceEurope, [
            ("1", .labelCreated), ("9", .accepted), ("37", .sortArrived), ("38", .sortProcessed), ("26", .sortDeparted),
            ("33", .inTransit), ("130", .customsExport), ("370", .customsInProgress), ("268", .customsHeld), ("133", .customsReleased),
            ("42", .outForDelivery), ("73", .deliveryAttempted), ("45", .availableForPickup), ("63", .delivered), ("67", .delivered),
            ("264", .delayed), ("79", .exception), ("99", .returnToSender), ("366", .returnToSender), ("52", .info),
        ])
        add(.ecommerceAsia, [
            ("71005", .labelCreated), ("77206", .accepted), ("77178", .sortArrived), ("77015", .sortProcessed),
            ("77169", .sortDeparted), ("77090", .outForDelivery), ("77093", .delivered),
        ])
        add(.ecommercePPL, [
            ("900", .labelCreated), ("150", .accepted), ("300", .sortArrived), ("500", .inTransit), ("400", .outForDelivery),
            ("343", .availableForPickup), ("450", .delivered), ("460", .delayed), ("464", .exception), ("999", .cancelled),
        ])
        add(.parcelNetherlands, [
            ("PRENOTIFICATION_RECEIVED", .labelCreated), ("SHIPMENT_ACCEPTANCE_PARCELSHOP", .accepted),
            ("FACILITY_CHECK_IN", .sortArrived), ("PARCEL_SORTED_AT_HUB", .sortProcessed), ("DEPART_ORIGIN_GATEWAY", .sortDeparted),
            ("RECORD_OF_TRANSIT", .inTransit), ("PREPROCESS_HANDOVER_TO_EXPORT_CUSTOMS", .customsExport),
            ("ENTRY_SUBMITTED", .customsInProgress), ("INSUFFICIENT_DOCUMENTATION", .customsHeld),
            ("SHIPMENT_INSPECTION_RELEASED", .customsReleased), ("OUT_FOR_DELIVERY", .outForDelivery),
            ("NOT_HOME", .deliveryAttempted), ("DELIVERED_AT_PARCELSTATION", .availableForPickup), ("DELIVERED", .delivered),
            ("COLLECTED_AT_PARCELSHOP", .delivered), ("TRANSPORT_DELAY", .delayed), ("REFUSED_BY_RECEIVER", .exception),
            ("RETURNED_TO_SHIPPER", .returnToSender), ("RETURN_ORDER_CANCELLED", .cancelled), ("INTERVENTION", .info),
        ])
        add(.parcelPoland, [
            ("EDWP", .labelCreated), ("DWP", .accepted), ("LP", .sortArrived), ("SORT", .sortProcessed), ("LW", .inTransit),
            ("SEC", .customsInProgress), ("EDC", .customsReleased), ("LK", .outForDelivery), ("AWI", .deliveryAttempted),
            ("OWL", .availableForPickup), ("DOR", .delivered), ("SP_DOR", .delivered), ("TRM", .delayed), ("OP_TNZ", .exception),
            ("ZWN", .returnToSender), ("SP_CN", .cancelled), ("POW", .info),
        ])
        return codes
    }()

    @Test("a representative code maps to its milestone", arguments: representatives)
    func representativeCodeMaps(_ listed: ListedCode) throws {
        let entry = try #require(DHLStatusTable.lookup(code: listed.code, service: listed.family.rawValue))
        #expect(entry.family == listed.family)
        #expect(entry.milestone == listed.milestone)
    }

    @Test("in every division's list a parcel can be seen taken in, out for delivery and delivered")
    func listsCoverTheJourney() {
        let journey: Set<Milestone> = [.accepted, .outForDelivery, .delivered]
        for family in DHLCodeFamily.eventFamilies {
            let milestones = Set(DHLStatusTable.entries.filter { $0.family == family }.flatMap(\.possibleMilestones))
            #expect(journey.isSubset(of: milestones), "\(family.rawValue) lacks \(journey.subtracting(milestones))")
        }
    }

    @Test("Parcel Poland's export release is export clearance in the origin country, import release elsewhere")
    func parcelPolandExportRelease() throws {
        let entry = try #require(DHLStatusTable.lookup(code: "EXC", service: "parcel-pl"))
        #expect(entry.possibleMilestones == [.customsReleased, .customsExport])
    }
}
