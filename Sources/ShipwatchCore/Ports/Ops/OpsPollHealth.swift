import Foundation

/// The poller's health as the runs page shows it.
public struct OpsPollHealth: Sendable, Hashable {
    /// Newest first.
    public var runs: [OpsPollRun]
    /// Per carrier: attempts and errors over the last 24 hours, calls counted against its quota, its ban.
    public var carriers: [OpsCarrierHealth]
    /// Carrier codes kept as `unknown` that no override maps yet, most frequent first.
    public var unmappedCodes: [OpsUnmappedCode]
    /// The webhook endpoints of the visible stores, by store and id.
    public var webhookEndpoints: [OpsWebhookEndpointHealth]

    public init(
        runs: [OpsPollRun], carriers: [OpsCarrierHealth], unmappedCodes: [OpsUnmappedCode],
        webhookEndpoints: [OpsWebhookEndpointHealth] = []
    ) {
        self.runs = runs
        self.carriers = carriers
        self.unmappedCodes = unmappedCodes
        self.webhookEndpoints = webhookEndpoints
    }
}

/// One poll run of the ledger.
public struct OpsPollRun: Sendable, Hashable {
    public var id: Int64
    public var startedAt: Date
    public var finishedAt: Date?
    /// `running`, `succeeded`, `partial`, `failed`, `interrupted` or `abandoned`.
    public var status: String
    public var owner: String
    public var host: String
    /// The run's carrier calls as the ledger's JSON object text (`{"ups": 12}`).
    public var callsUsedJSON: String
    public var error: String?

    public init(
        id: Int64, startedAt: Date, finishedAt: Date?, status: String, owner: String, host: String, callsUsedJSON: String,
        error: String?
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.owner = owner
        self.host = host
        self.callsUsedJSON = callsUsedJSON
        self.error = error
    }
}

/// One carrier's recent activity and shared allowance.
public struct OpsCarrierHealth: Sendable, Hashable {
    public var carrier: Carrier
    public var attempts24h: Int
    public var errors24h: Int
    /// Calls counted in the rolling hour and the UTC day (the shared allowance).
    public var callsThisHour: Int
    public var callsToday: Int
    /// An open circuit: the carrier is banned until then.
    public var bannedUntil: Date?
    public var banReason: String?

    public init(
        carrier: Carrier, attempts24h: Int, errors24h: Int, callsThisHour: Int, callsToday: Int, bannedUntil: Date?,
        banReason: String?
    ) {
        self.carrier = carrier
        self.attempts24h = attempts24h
        self.errors24h = errors24h
        self.callsThisHour = callsThisHour
        self.callsToday = callsToday
        self.bannedUntil = bannedUntil
        self.banReason = banReason
    }
}

/// An unknown carrier code seen in stored scans.
public struct OpsUnmappedCode: Sendable, Hashable {
    public var carrier: Carrier
    public var code: String
    public var sampleDescription: String
    public var occurrences: Int
    public var shipments: Int
    public var lastSeenAt: Date

    public init(carrier: Carrier, code: String, sampleDescription: String, occurrences: Int, shipments: Int, lastSeenAt: Date) {
        self.carrier = carrier
        self.code = code
        self.sampleDescription = sampleDescription
        self.occurrences = occurrences
        self.shipments = shipments
        self.lastSeenAt = lastSeenAt
    }
}
