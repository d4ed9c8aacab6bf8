import Foundation

/// `latestStatusDetail`: the shipment's current overall status.
public struct FedExStatusDetail: Codable, Sendable, Hashable {
    /// The latest event code (DL, FD, IT…).
    public var code: String?
    /// The derived status code (DL, IT, RL "running late"…).
    public var derivedCode: String?
    /// Status text in the requested locale.
    public var statusByLocale: String?
    /// Status text.
    public var description: String?
    /// Where the latest scan happened.
    public var scanLocation: FedExAddress?
    /// Reasons and actions attached to the status (exceptions, delays).
    public var ancillaryDetails: [FedExAncillaryDetail]?
    /// Delay facts; `status` "DELAYED" when late.
    public var delayDetail: FedExDelayDetail?

    /// Creates a status block.
    public init(
        code: String? = nil,
        derivedCode: String? = nil,
        statusByLocale: String? = nil,
        description: String? = nil,
        scanLocation: FedExAddress? = nil,
        ancillaryDetails: [FedExAncillaryDetail]? = nil,
        delayDetail: FedExDelayDetail? = nil
    ) {
        self.code = code
        self.derivedCode = derivedCode
        self.statusByLocale = statusByLocale
        self.description = description
        self.scanLocation = scanLocation
        self.ancillaryDetails = ancillaryDetails
        self.delayDetail = delayDetail
    }
}

/// A reason/action pair attached to the latest status.
public struct FedExAncillaryDetail: Codable, Sendable, Hashable {
    /// Reason code.
    public var reason: String?
    /// Reason text.
    public var reasonDescription: String?
    /// Action code.
    public var action: String?
    /// Action text.
    public var actionDescription: String?

    /// Creates an ancillary detail.
    public init(reason: String? = nil, reasonDescription: String? = nil, action: String? = nil, actionDescription: String? = nil) {
        self.reason = reason
        self.reasonDescription = reasonDescription
        self.action = action
        self.actionDescription = actionDescription
    }
}

/// `delayDetail`: `type` WEATHER, OPERATIONAL, LOCAL, GENERAL or CLEARANCE; `status` DELAYED…
public struct FedExDelayDetail: Codable, Sendable, Hashable {
    /// Delay category.
    public var type: String?
    /// Delay sub-category.
    public var subType: String?
    /// Delay status, e.g. "DELAYED".
    public var status: String?

    /// Creates a delay block.
    public init(type: String? = nil, subType: String? = nil, status: String? = nil) {
        self.type = type
        self.subType = subType
        self.status = status
    }
}
