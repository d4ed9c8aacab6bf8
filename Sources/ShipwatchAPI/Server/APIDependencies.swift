import Foundation
import ShipwatchCore

/// Everything the routes need, as ShipwatchCore ports: PostgreSQL in production (wired by ShipwatchApp),
/// in memory in the router tests.
public struct APIDependencies: Sendable {
    public var readModel: any StorefrontReadModel
    public var registrar: any ShipmentRegistrar
    public var keys: any APIKeyDirectory
    /// `GET /v1/trackings/{n}`'s key and shipment in one read; by default ``keys`` then ``readModel``.
    public var keyedTrackings: any KeyedTrackingReader
    public var rateLimits: any RateLimitCounter
    public var readiness: any ServiceReadiness
    /// The carriers: their display names on pages, the numbers registration accepts, the form a lookup searches.
    public var roster: CarrierRoster
    public var settings: APISettings
    /// The Prometheus text of `/metrics` (nil: the route answers 404).
    public var metricsText: (@Sendable () async -> String)?
    /// The clock of rate-limit windows.
    public var now: @Sendable () -> Date
    /// The ops dashboard (`/ops`, `/v1/ops`); nil leaves those routes out.
    public var ops: OpsDependencies?

    public init(
        readModel: any StorefrontReadModel,
        registrar: any ShipmentRegistrar,
        keys: any APIKeyDirectory,
        keyedTrackings: (any KeyedTrackingReader)? = nil,
        rateLimits: any RateLimitCounter,
        readiness: any ServiceReadiness,
        roster: CarrierRoster,
        settings: APISettings = APISettings(),
        metricsText: (@Sendable () async -> String)? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        ops: OpsDependencies? = nil
    ) {
        self.readModel = readModel
        self.registrar = registrar
        self.keys = keys
        self.keyedTrackings = keyedTrackings ?? SequentialKeyedTrackingReader(keys: keys, readModel: readModel)
        self.rateLimits = rateLimits
        self.readiness = readiness
        self.roster = roster
        self.settings = settings
        self.metricsText = metricsText
        self.now = now
        self.ops = ops
    }
}
