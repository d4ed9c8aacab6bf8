import Foundation

/// One `shipwatch poll` run as recorded in the ledger.
public struct PollRunRecord: Sendable, Hashable {
    public var id: Int64
    public var startedAt: Date
    public var finishedAt: Date?
    /// running, succeeded, partial, failed, interrupted.
    public var status: String
    public var owner: String
    public var host: String
    public var pid: Int
    /// JSON text: the run's limits.
    public var limitsJSON: String
    /// JSON text: counts by outcome and by carrier.
    public var countsJSON: String
    /// JSON text: carrier API calls spent per carrier.
    public var callsUsedJSON: String
    public var error: String?

    public init(
        id: Int64, startedAt: Date, finishedAt: Date?, status: String, owner: String, host: String, pid: Int,
        limitsJSON: String, countsJSON: String, callsUsedJSON: String, error: String?
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.owner = owner
        self.host = host
        self.pid = pid
        self.limitsJSON = limitsJSON
        self.countsJSON = countsJSON
        self.callsUsedJSON = callsUsedJSON
        self.error = error
    }
}
