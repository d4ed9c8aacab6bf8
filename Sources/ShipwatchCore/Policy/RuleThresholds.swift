/// The threshold of every rule, keyed in YAML by the rule's id.
public struct RuleThresholds: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Days in customs (in progress / held) without leaving it.
    public var customsStall: EscalationThreshold
    /// Days in one sort facility (arrived / processed) without departing it.
    public var sortingStall: EscalationThreshold
    /// Days without movement in any other stage.
    public var noMovement: NoMovementThresholds
    /// Business days since the label was created without an acceptance scan.
    public var neverScanned: BusinessDayEscalation
    /// `watch` once the processing window's maximum has passed with no label; `act` this many
    /// *business* days later.
    public var lateDispatch: OverrunAllowance
    /// `watch` once the promised delivery window has passed; `act` this many calendar days later.
    public var deliveryWindowExceeded: OverrunAllowance
    /// Days since the carrier reported an exception, with no newer movement.
    public var carrierException: EscalationThreshold
    /// Days since the carrier began returning the parcel.
    public var returnedToSender: EscalationThreshold
    /// Days the carrier has not known the tracking number; `watch_days` is the grace period.
    public var trackingNotFound: EscalationThreshold

    public init(
        customsStall: EscalationThreshold,
        sortingStall: EscalationThreshold,
        noMovement: NoMovementThresholds,
        neverScanned: BusinessDayEscalation,
        lateDispatch: OverrunAllowance,
        deliveryWindowExceeded: OverrunAllowance,
        carrierException: EscalationThreshold,
        returnedToSender: EscalationThreshold,
        trackingNotFound: EscalationThreshold
    ) {
        self.customsStall = customsStall
        self.sortingStall = sortingStall
        self.noMovement = noMovement
        self.neverScanned = neverScanned
        self.lateDispatch = lateDispatch
        self.deliveryWindowExceeded = deliveryWindowExceeded
        self.carrierException = carrierException
        self.returnedToSender = returnedToSender
        self.trackingNotFound = trackingNotFound
    }

    enum CodingKeys: String, CodingKey {
        case customsStall = "customs_stall"
        case sortingStall = "sorting_stall"
        case noMovement = "no_movement"
        case neverScanned = "never_scanned"
        case lateDispatch = "late_dispatch"
        case deliveryWindowExceeded = "delivery_window_exceeded"
        case carrierException = "carrier_exception"
        case returnedToSender = "returned_to_sender"
        case trackingNotFound = "tracking_not_found"
    }

    /// Decodes over `StorePolicy.default.thresholds`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: StorePolicy.default.thresholds)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: RuleThresholds) throws {
        customsStall = try container.decode(.customsStall, over: defaults.customsStall)
        sortingStall = try container.decode(.sortingStall, over: defaults.sortingStall)
        noMovement = try container.decode(.noMovement, over: defaults.noMovement)
        neverScanned = try container.decode(.neverScanned, over: defaults.neverScanned)
        lateDispatch = try container.decode(.lateDispatch, over: defaults.lateDispatch)
        deliveryWindowExceeded = try container.decode(.deliveryWindowExceeded, over: defaults.deliveryWindowExceeded)
        carrierException = try container.decode(.carrierException, over: defaults.carrierException)
        returnedToSender = try container.decode(.returnedToSender, over: defaults.returnedToSender)
        trackingNotFound = try container.decode(.trackingNotFound, over: defaults.trackingNotFound)
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        func key(_ codingKey: CodingKeys) -> String { PolicyKeyPath.join(keyPath, codingKey.rawValue) }
        return customsStall.problems(at: key(.customsStall))
            + sortingStall.problems(at: key(.sortingStall))
            + noMovement.problems(at: key(.noMovement))
            + neverScanned.problems(at: key(.neverScanned))
            + lateDispatch.problems(at: key(.lateDispatch))
            + deliveryWindowExceeded.problems(at: key(.deliveryWindowExceeded))
            + carrierException.problems(at: key(.carrierException))
            + returnedToSender.problems(at: key(.returnedToSender))
            + trackingNotFound.problems(at: key(.trackingNotFound))
    }
}
