/// The rules of the delay monitor (design.md, "Rules"). The raw value is the id used in the
/// configuration, the database and reports.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, CodingKey, Comparable {
    /// Latest stage is customs (in progress / held) and the parcel has not left it for N days.
    case customsStall = "customs_stall"
    /// Latest stage is a sort-facility scan (arrived / processed) and it has not left that facility for N days.
    case sortingStall = "sorting_stall"
    /// Any other non-terminal stage without movement for N days.
    case noMovement = "no_movement"
    /// Label created, no acceptance scan after N business days.
    case neverScanned = "never_scanned"
    /// Order placed, no label or scan within the store's processing window.
    case lateDispatch = "late_dispatch"
    /// Not delivered by the shipped date plus the promised maximum.
    case deliveryWindowExceeded = "delivery_window_exceeded"
    /// The carrier reported an exception (damage, refusal, undeliverable, lost…).
    case carrierException = "carrier_exception"
    /// The carrier is returning the parcel.
    case returnedToSender = "returned_to_sender"
    /// The carrier still does not know the tracking number after a grace period.
    case trackingNotFound = "tracking_not_found"

    /// The id, as written in configuration and reports.
    public var description: String { rawValue }

    /// Declaration order, which is also the order findings are listed in.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.declarationIndex < rhs.declarationIndex
    }

    private var declarationIndex: Int {
        RuleID.allCases.firstIndex(of: self) ?? 0
    }

    /// Which finding carries the remedy when several reach `act` for one shipment (lower wins):
    /// what the parcel's stage says first, then the carrier's ignorance, the store's dispatch, and the
    /// delivery promise last, since it only restates that the parcel is late.
    var remedyPriority: Int {
        switch self {
        case .returnedToSender: 0
        case .carrierException: 1
        case .customsStall: 2
        case .sortingStall: 3
        case .noMovement: 4
        case .neverScanned: 5
        case .trackingNotFound: 6
        case .lateDispatch: 7
        case .deliveryWindowExceeded: 8
        }
    }
}
