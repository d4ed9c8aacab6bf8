import Foundation
import ShipwatchCore

/// The bounds of one `shipwatch poll` run.
public struct PollOptions: Sendable {
    /// Most shipments claimed in this run.
    public var limit: Int
    /// Longest the run may take, in seconds.
    public var maxDurationSeconds: Double
    /// Only this carrier, when set.
    public var carrier: Carrier?
    /// This run's lease owner name (unique per run).
    public var owner: String

    public init(limit: Int, maxDurationSeconds: Double, carrier: Carrier? = nil, owner: String = PollOptions.makeOwner()) {
        self.limit = limit
        self.maxDurationSeconds = maxDurationSeconds
        self.carrier = carrier
        self.owner = owner
    }

    /// `host:pid:random`, unique per run.
    public static func makeOwner() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UInt32.random(in: 0...UInt32.max))"
    }
}
