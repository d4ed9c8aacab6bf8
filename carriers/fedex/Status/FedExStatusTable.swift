import Foundation
import ShipwatchCore

/// FedEx scan codes (`scanEvents[].eventType`, also `latestStatusDetail.code`) mapped onto milestones.
///
/// Keyed on `eventType` plus one `FedExStatusCondition` drawn from `derivedStatusCode`, `locationType`,
/// `delayDetail.type` and the description (see carriers.md 4.3 and 8). Every code FedEx's status table
/// lists is here; an unknown code maps to `.unknown` and the parser reports it as unmapped.
public enum FedExStatusTable {
    /// Every row, grouped by code. No two rows share a code and a condition.
    public static let entries: [FedExStatusEntry] = labelAndPickup + facilityScans + movement + customs
        + delivery + problems + administrative + customsContext

    /// The row that applies to a scan: among the rows for its code, the one with the most specific
    /// condition the scan satisfies. Nil when FedEx's code is not in the table.
    public static func entry(for facts: FedExScanFacts) -> FedExStatusEntry? {
        let code = facts.eventType.trimmingSpaces().uppercased()
        guard let rows = rowsByCode[code] else { return nil }
        return rows.first { facts.satisfies($0.condition) }
    }

    /// The milestone of a scan; `.unknown` when the code is not in the table.
    public static func milestone(for facts: FedExScanFacts) -> Milestone {
        entry(for: facts)?.milestone ?? .unknown
    }

    /// Every code the table knows, upper-case.
    public static var knownCodes: Set<String> { Set(rowsByCode.keys) }

    /// Rows per code, most specific condition first.
    private static let rowsByCode: [String: [FedExStatusEntry]] = {
        let precedence = Dictionary(uniqueKeysWithValues: FedExStatusCondition.allCases.enumerated().map { ($1, $0) })
        return Dictionary(grouping: entries, by: \.eventType).mapValues { rows in
            rows.sorted { precedence[$0.condition, default: 0] < precedence[$1.condition, default: 0] }
        }
    }()

    private static let labelAndPickup: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "OC", milestone: .labelCreated, meaning: "Order created: shipment information sent to FedEx"),
        FedExStatusEntry(eventType: "OX", milestone: .labelCreated, meaning: "Shipment information sent to USPS"),
        FedExStatusEntry(eventType: "EP", milestone: .labelCreated, meaning: "Enroute to pickup"),
        FedExStatusEntry(eventType: "AP", milestone: .labelCreated, meaning: "At pickup"),
        FedExStatusEntry(eventType: "PU", milestone: .accepted, meaning: "Picked up"),
        FedExStatusEntry(eventType: "PX", milestone: .accepted, meaning: "Picked up (see details)"),
    ]

    private static let facilityScans: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "OF", milestone: .sortArrived, meaning: "At FedEx origin facility"),
        FedExStatusEntry(eventType: "AR", milestone: .sortArrived, meaning: "Arrived at a FedEx location or hub / at local FedEx facility"),
        FedExStatusEntry(eventType: "AF", milestone: .sortArrived, meaning: "At local FedEx facility"),
        FedExStatusEntry(eventType: "SF", milestone: .sortArrived, meaning: "At sort facility"),
        FedExStatusEntry(eventType: "FD", milestone: .sortArrived, meaning: "At FedEx destination facility"),
        FedExStatusEntry(eventType: "LO", milestone: .sortDeparted, meaning: "Left origin"),
        FedExStatusEntry(eventType: "DP", milestone: .sortDeparted, meaning: "Departed (left FedEx origin facility, departed FedEx hub)"),
    ]

    private static let movement: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "IT", milestone: .inTransit, meaning: "In transit"),
        FedExStatusEntry(eventType: "IX", milestone: .inTransit, meaning: "In transit (see details)"),
        FedExStatusEntry(eventType: "OW", milestone: .inTransit, meaning: "On the way"),
        FedExStatusEntry(eventType: "PM", milestone: .inTransit, meaning: "In progress"),
        FedExStatusEntry(eventType: "AA", milestone: .inTransit, meaning: "At airport"),
        FedExStatusEntry(eventType: "EA", milestone: .inTransit, meaning: "Enroute to airport"),
        FedExStatusEntry(eventType: "EO", milestone: .inTransit, meaning: "Enroute to origin airport"),
        FedExStatusEntry(eventType: "PF", milestone: .inTransit, meaning: "Plane in flight"),
        FedExStatusEntry(eventType: "PL", milestone: .inTransit, meaning: "Plane landed"),
        FedExStatusEntry(eventType: "TR", milestone: .inTransit, meaning: "Transfer"),
        FedExStatusEntry(eventType: "AC", milestone: .inTransit, meaning: "At Canada Post facility"),
        FedExStatusEntry(eventType: "AX", milestone: .inTransit, meaning: "At USPS facility"),
        FedExStatusEntry(eventType: "AO", milestone: .info, meaning: "Shipment arriving on time"),
        FedExStatusEntry(eventType: "AE", milestone: .info, meaning: "Shipment arriving early"),
    ]

    private static let customs: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "CC", condition: .exportSide, milestone: .customsExport,
                         meaning: "Cleared customs: international shipment release - Export"),
        FedExStatusEntry(eventType: "CC", condition: .importSide, milestone: .customsReleased,
                         meaning: "Cleared customs: international shipment release - Import"),
        FedExStatusEntry(eventType: "CC", condition: .originCountryScan, milestone: .customsExport,
                         meaning: "Cleared customs in the shipper's country (export release)"),
        FedExStatusEntry(eventType: "CC", milestone: .customsReleased, meaning: "Cleared customs"),
        FedExStatusEntry(eventType: "CP", milestone: .customsInProgress, meaning: "Clearance in progress"),
        FedExStatusEntry(eventType: "CD", milestone: .customsHeld, meaning: "Clearance delay (import or export)"),
        FedExStatusEntry(eventType: "EA", condition: .exportSide, milestone: .customsExport,
                         meaning: "Export approved (regulatory table; same code as enroute to airport)"),
    ]

    private static let delivery: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "OD", milestone: .outForDelivery, meaning: "Out for delivery: on FedEx vehicle for delivery"),
        FedExStatusEntry(eventType: "ED", milestone: .outForDelivery, meaning: "Enroute to delivery"),
        FedExStatusEntry(eventType: "AD", milestone: .outForDelivery, meaning: "At delivery"),
        FedExStatusEntry(eventType: "DL", milestone: .delivered, meaning: "Delivered"),
        FedExStatusEntry(eventType: "HL", milestone: .availableForPickup, meaning: "Hold at location"),
        FedExStatusEntry(eventType: "HP", milestone: .availableForPickup, meaning: "Ready for recipient pickup"),
    ]

    private static let problems: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "DE", milestone: .deliveryAttempted,
                         meaning: "Delivery exception: attempt failed, reason in exceptionCode/exceptionDescription"),
        FedExStatusEntry(eventType: "SE", milestone: .exception, meaning: "Shipment exception"),
        FedExStatusEntry(eventType: "DY", milestone: .delayed, meaning: "Delay"),
        FedExStatusEntry(eventType: "DD", milestone: .delayed, meaning: "Delivery delay"),
        FedExStatusEntry(eventType: "PD", milestone: .delayed, meaning: "Pickup delay"),
        FedExStatusEntry(eventType: "RS", milestone: .returnToSender, meaning: "Return to shipper"),
        FedExStatusEntry(eventType: "CA", milestone: .cancelled, meaning: "Shipment cancelled"),
    ]

    private static let administrative: [FedExStatusEntry] = [
        FedExStatusEntry(eventType: "RP", milestone: .info, meaning: "Return label link emailed to return sender"),
        FedExStatusEntry(eventType: "LP", milestone: .info, meaning: "Return label link cancelled by shipment originator"),
        FedExStatusEntry(eventType: "RG", milestone: .info, meaning: "Return label link expiring soon"),
        FedExStatusEntry(eventType: "RD", milestone: .info, meaning: "Return label link expired"),
        FedExStatusEntry(eventType: "RR", milestone: .info, meaning: "Delivery option requested by recipient"),
        FedExStatusEntry(eventType: "RM", milestone: .info, meaning: "Delivery option request modified"),
        FedExStatusEntry(eventType: "RC", milestone: .info, meaning: "Delivery option request cancelled"),
        FedExStatusEntry(eventType: "CH", milestone: .info, meaning: "Location changed"),
        FedExStatusEntry(eventType: "SP", milestone: .info, meaning: "Split status: parts of a multi-piece shipment differ"),
        FedExStatusEntry(eventType: "DR", milestone: .info, meaning: "Vehicle furnished but not used"),
        FedExStatusEntry(eventType: "DS", milestone: .info, meaning: "Vehicle dispatched"),
    ]

    /// Facility, transit, delay and exception scans that FedEx marks as customs-related: a clearance delay
    /// (`delayDetail.type` CLEARANCE or `derivedStatusCode` CD) is a customs hold; a scan at a customs
    /// broker or port of entry is customs work in progress, or a customs hold when it reports a problem.
    private static let customsContext: [FedExStatusEntry] =
        ["AR", "AF", "SF", "FD", "OF", "IT", "IX", "OW", "PM", "CP", "DY", "DD", "PD", "SE", "DE"].map {
            FedExStatusEntry(eventType: $0, condition: .clearanceDelay, milestone: .customsHeld,
                             meaning: "\($0) reported as a customs clearance delay")
        }
        + ["AR", "AF", "SF", "FD", "OF", "IT", "IX", "OW", "PM", "AA", "PL", "TR"].map {
            FedExStatusEntry(eventType: $0, condition: .customsLocation, milestone: .customsInProgress,
                             meaning: "\($0) scanned at a customs broker or port of entry")
        }
        + ["DY", "DD", "PD", "SE", "DE"].map {
            FedExStatusEntry(eventType: $0, condition: .customsLocation, milestone: .customsHeld,
                             meaning: "\($0) (delay or exception) at a customs broker or port of entry")
        }
}
