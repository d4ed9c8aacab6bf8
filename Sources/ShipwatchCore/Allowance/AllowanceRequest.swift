import Foundation

/// A request for carrier calls from the shared allowance.
public struct AllowanceRequest: Sendable, Hashable {
    public var carrier: Carrier
    /// Calls wanted (0 or less asks for nothing).
    public var calls: Int
    public var urgency: CallUrgency
    /// The limits this process is configured with.
    public var limits: CallLimits

    public init(carrier: Carrier, calls: Int, urgency: CallUrgency = .normal, limits: CallLimits) {
        self.carrier = carrier
        self.calls = calls
        self.urgency = urgency
        self.limits = limits
    }
}
