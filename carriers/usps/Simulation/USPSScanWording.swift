import ShipwatchCore

/// The code, wording and status category USPS typically prints for a milestone, used by the simulator.
///
/// Customs and export milestones have no documented USPS code: they are rendered with placeholder codes
/// ("E3", "I2", "I3", "I4"; see the README) and the real wording, which is what the parser keys on.
/// USPS has no scan for `cancelled` or `info`: those (and `unknown`) are rendered with the code "ZZ",
/// which no table knows, so they read back as `unknown`.
public struct USPSScanWording: Sendable, Hashable {
    /// The `eventCode` to print.
    public var code: String
    /// The `eventType` to print.
    public var wording: String
    /// The item-level `statusCategory` USPS shows while this scan is the latest.
    public var statusCategory: String

    /// A rendering choice.
    public init(code: String, wording: String, statusCategory: String) {
        self.code = code
        self.wording = wording
        self.statusCategory = statusCategory
    }

    /// The code USPS does not use, rendered for milestones USPS cannot express.
    public static let unexpressibleCode = "ZZ"

    /// The usual USPS rendering of a milestone.
    public static func forMilestone(_ milestone: Milestone) -> USPSScanWording {
        switch milestone {
        case .labelCreated: .init(code: "GX", wording: "Shipping Label Created, USPS Awaiting Item", statusCategory: "Pre-Shipment")
        case .accepted: .init(code: "03", wording: "USPS in possession of item", statusCategory: "Accepted")
        case .sortArrived: .init(code: "A1", wording: "Arrived at USPS Regional Facility", statusCategory: "Moving Through Network")
        case .sortProcessed: .init(code: "PC", wording: "Sorting Complete", statusCategory: "Moving Through Network")
        case .sortDeparted: .init(code: "T1", wording: "Departed USPS Regional Facility", statusCategory: "Moving Through Network")
        case .inTransit: .init(code: "TL", wording: "In Transit to Next Facility", statusCategory: "Moving Through Network")
        case .customsExport: .init(code: "E3", wording: "Dispatched from USPS International Service Center", statusCategory: "Moving Through Network")
        case .customsInProgress: .init(code: "I2", wording: "Inbound Into Customs", statusCategory: "Moving Through Network")
        case .customsHeld: .init(code: "I4", wording: "Held in Customs", statusCategory: "Alert")
        case .customsReleased: .init(code: "I3", wording: "Inbound Out of Customs", statusCategory: "Moving Through Network")
        case .outForDelivery: .init(code: "OF", wording: "Out for Delivery", statusCategory: "Out for Delivery")
        case .deliveryAttempted: .init(code: "02", wording: "Delivery Attempted - Notice Left", statusCategory: "Delivery Attempt")
        case .availableForPickup: .init(code: "16", wording: "Available for Pickup", statusCategory: "Available for Pickup")
        case .delivered: .init(code: "01", wording: "Delivered, Front Door/Porch", statusCategory: "Delivered")
        case .delayed: .init(code: "71", wording: "Rescheduled to Next Delivery Day", statusCategory: "Alert")
        case .exception: .init(code: "05", wording: "Undeliverable as Addressed", statusCategory: "Alert")
        case .returnToSender: .init(code: "09", wording: "Return to Sender", statusCategory: "Return to Sender")
        case .cancelled: .init(code: unexpressibleCode, wording: "Shipping Label Cancelled", statusCategory: "Alert")
        case .info: .init(code: unexpressibleCode, wording: "Tracking Update", statusCategory: "Moving Through Network")
        case .unknown: .init(code: unexpressibleCode, wording: "Status Update", statusCategory: "Moving Through Network")
        }
    }

    /// The rendering of one simulated scan: the scenario's own description replaces the usual wording
    /// only when it still reads back as the same milestone (customs scans are keyed on wording).
    public static func forScan(_ scan: SimulatedScan) -> USPSScanWording {
        var rendering = forMilestone(scan.milestone)
        if let custom = scan.description, !custom.isEmpty,
           USPSStatusTable.resolve(eventCode: rendering.code, eventType: custom).milestone
               == USPSStatusTable.resolve(eventCode: rendering.code, eventType: rendering.wording).milestone {
            rendering.wording = custom
        }
        return rendering
    }
}
