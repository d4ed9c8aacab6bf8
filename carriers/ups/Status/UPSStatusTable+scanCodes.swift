import Foundation
import ShipwatchCore

extension UPSStatusTable {
    /// `status.type` values. I and X say little on their own and are sharpened by the 2-character code.
    static let activityTypeEntries: [UPSStatusEntry] = {
        let f = UPSStatusField.activityType
        let any = Set(Milestone.allCases).subtracting([.unknown])
        return [
            rows(f, .labelCreated, "Billing information received (label created)", "M"),
            rows(f, .cancelled, "Billing information voided", "MV"),
            rows(f, .accepted, "Pickup", "P"),
            rows(f, .inTransit, "In transit (sharpened by the scan code)", refinableTo: any, "I"),
            rows(f, .exception, "Exception (sharpened by the exception code)", refinableTo: any, "X"),
            rows(f, .delivered, "Delivered", "D"),
            rows(f, .info, "Update (Track Alert)", "U"),
            rows(f, .accepted, "Freight: delivered to the origin freight station", "DO"),
            rows(f, .sortArrived, "Freight: delivered to the destination freight station", "DD"),
            rows(f, .sortProcessed, "Freight: warehousing", "W"),
        ].flatMap { $0 }
    }()

    /// 2-character movement-scan codes (and other scan codes seen in real answers).
    static let scanCodeEntries: [UPSStatusEntry] = {
        let f = UPSStatusField.scanCode
        return [
            rows(f, .labelCreated, "Manifest / label created, UPS does not have the package", "MP", "PL"),
            rows(f, .cancelled, "Manifest cancelled, shipment voided", "VP"),
            rows(f, .accepted, "Origin scan, pickup or drop-off", "OR", "OC", "PU", "PC", "PT", "XD"),
            rows(f, .sortArrived, "Arrival scan", "AR"),
            rows(f, .sortArrived, "Destination scan (last UPS building before delivery)", "DS"),
            rows(f, .sortDeparted, "Departure scan", "DP"),
            rows(f, .sortProcessed, "Hub, location, unload or warehouse scan", "HU", "LC", "LM", "UL", "WH"),
            rows(f, .sortProcessed, "Processing at a UPS facility", "YP"),
            rows(f, .inTransit, "In transit to a UPS facility / air transit", "AG", "AT"),
            rows(f, .inTransit, "Handed to or moving with the postal service (SurePost / Ground Saver)", "XA", "XR", "YH", "YM", "YN"),
            rows(f, .customsExport, "Export scan", "EP"),
            rows(f, .customsInProgress, "Import scan", "IP"),
            rows(f, .outForDelivery, "Loaded on delivery vehicle / out for delivery", "OF", "OD", "OT"),
            rows(f, .outForDelivery, "Out for delivery by the postal service", "YF"),
            rows(f, .delivered, "Delivered", "FS", "KB", "F4"),
            rows(f, .delivered, "Picked up at an Access Point / locker", "2Q"),
            rows(f, .availableForPickup, "Delivered to an Access Point / locker", "2W", "1N"),
        ].flatMap { $0 }
    }()

    /// 2-character codes on exception (type X) activities: customs holds, clearance steps, releases.
    static let exceptionCodeEntries: [UPSStatusEntry] = {
        let f = UPSStatusField.exceptionCode
        return [
            rows(f, .customsHeld, "Pending release from a government agency",
                 "RZ", "5", "1U", "2N", "2T", "B4", "B8", "BW", "BX", "CE", "DE", "E4", "E8", "E9", "L3", "OB",
                 "R4", "R5", "RD", "RE", "RM", "RP", "SF", "SS", "VK", "X2", "X3", "X7", "XJ", "XK", "XL", "XY"),
            rows(f, .customsHeld, "Held for or transferred to another government agency, security screening, Premier customs delay",
                 "RQ", "LV", "Y4", "7S", "OI"),
            rows(f, .customsHeld, "Pending release from a non-UPS broker", "R1", "RJ", "RU", "SV", "T9", "YA"),
            rows(f, .customsHeld, "UPS asked the sender for clearance information",
                 "BB", "40", "71", "4T", "7T", "AO", "BA", "BD", "BE", "CX", "DN", "FF", "L2", "L5", "OT", "R6", "RA",
                 "S1", "SN", "VP", "X5", "X8", "XC", "XE", "XG", "XN", "XO", "XV", "XW"),
            rows(f, .customsHeld, "UPS asked the receiver or importer for clearance information",
                 "29", "1W", "2B", "7U", "B5", "BG", "BH", "BJ", "BK", "BP", "DY", "EU", "EV", "EW", "FE", "GF", "GZ",
                 "OQ", "R7", "RR", "RS", "S2", "S3", "SJ", "SL", "SP", "X6", "XA", "XB"),
            rows(f, .customsHeld, "Import charges or duties due", "1C", "7F", "EY"),
            rows(f, .customsHeld, "Missing duty, clearance or hazmat information; importer has no broker", "7H", "D0", "CZ", "7P"),
            rows(f, .customsHeld, "Export or import gateway hold", "CN", "CP"),
            rows(f, .customsHeld, "Held under general order", "CT"),
            rows(f, .customsHeld, "Inspection, x-ray, sample taken or resubmitted", "G9", "TG", "TT", "L4", "DK"),
            rows(f, .customsHeld, "Entry rejected or pre-clearance impossible", "ES", "ST", "SG"),
            rows(f, .customsInProgress, "UPS preparing or reviewing for clearance",
                 "4C", "7M", "B3", "B6", "BV", "C3", "D5", "DB", "ER", "HW", "S4", "S5", "SI", "SY", "X4", "7I"),
            rows(f, .customsInProgress, "Documents received, broker released, moving in bond or back at the import site", "Y5", "Z1", "TE", "MI"),
            rows(f, .customsInProgress, "At the clearing agency awaiting final release", "Y1"),
            rows(f, .customsInProgress, "Awaiting customs clearance, not yet released", "70", "B2"),
            rows(f, .customsInProgress, "Import scan (exception-table alias of IP)", "XD"),
            rows(f, .customsExport, "Export scan (exception-table alias of EP)", "YX"),
            rows(f, .customsReleased, "Released by the clearing agency or broker, cleared customs", "DA", "Z3", "BN", "83", "EZ"),
            rows(f, .exception, "Destroyed on a government agency's instruction", "1F"),
        ].flatMap { $0 }
    }()
}
