/// The normalized stage of one scan event. Every carrier code maps onto exactly one milestone.
///
/// The shipment's status is derived from its timeline: the latest *meaningful* milestone,
/// where `info` (and `unknown`) never override a known stage.
public enum Milestone: String, Sendable, Hashable, Codable, CaseIterable {
    case labelCreated = "label_created"
    case accepted
    case sortArrived = "sort_arrived"
    case sortProcessed = "sort_processed"
    case sortDeparted = "sort_departed"
    case inTransit = "in_transit"
    case customsExport = "customs_export"
    case customsInProgress = "customs_in_progress"
    case customsHeld = "customs_held"
    case customsReleased = "customs_released"
    case outForDelivery = "out_for_delivery"
    case deliveryAttempted = "delivery_attempted"
    case availableForPickup = "available_for_pickup"
    case delivered
    case delayed
    case exception
    case returnToSender = "return_to_sender"
    case cancelled
    case info
    case unknown

    /// True when no further movement is expected from the carrier.
    public var isTerminal: Bool {
        switch self {
        case .delivered, .cancelled: true
        default: false
        }
    }

    /// True for the import/export customs stages.
    public var isCustoms: Bool {
        switch self {
        case .customsExport, .customsInProgress, .customsHeld, .customsReleased: true
        default: false
        }
    }

    /// True for a scan taken inside a sort facility (arrived or processed, not yet departed).
    public var isSortFacilityDwell: Bool {
        self == .sortArrived || self == .sortProcessed
    }

    /// False for `info` and `unknown`: such events never change the derived status.
    public var isMeaningful: Bool {
        self != .info && self != .unknown
    }

    /// The physical progress a milestone stands for, used only to break ties between events
    /// that carry the same instant: the further stage sorts later.
    public var progressRank: Int {
        switch self {
        case .labelCreated: 0
        case .cancelled: 1
        case .accepted: 2
        case .sortArrived: 3
        case .sortProcessed: 4
        case .sortDeparted: 5
        case .inTransit: 6
        case .customsExport: 7
        case .customsInProgress: 8
        case .customsHeld: 9
        case .customsReleased: 10
        case .delayed: 11
        case .exception: 12
        case .outForDelivery: 13
        case .deliveryAttempted: 14
        case .availableForPickup: 15
        case .returnToSender: 16
        case .delivered: 17
        case .info: -1
        case .unknown: -2
        }
    }
}
