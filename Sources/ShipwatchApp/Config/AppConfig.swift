import CarrierCatalog
import Foundation
import ShipwatchCore

/// The whole configuration: one YAML file (`--config` or `SHIPWATCH_CONFIG`) plus the environment for secrets.
///
/// Every key has a default, so an absent file means: the production carrier hosts, no credentials, and one
/// store named `default` with the default policy. `deploy/shipwatch.example.yaml` documents every key.
public struct AppConfig: Sendable, Codable {
    /// `DATABASE_URL` wins over this.
    public var databaseURL: String?
    /// trace, debug, info, notice, warning, error, critical.
    public var logLevel: String?
    public var carriers: CarrierSettingsByCarrier
    public var poll: PollSettings
    public var stores: [String: StoreSettings]
    /// PostgreSQL's `statement_timeout` for every connection, in seconds (default 60); no statement runs longer.
    /// `shipwatch migrate` runs without it.
    public var statementTimeoutSeconds: Double?

    /// ``statementTimeoutSeconds`` when the config sets none.
    public static let defaultStatementTimeoutSeconds: Double = 60
    /// `shipwatch serve`.
    public var serve: ServeSettings
    /// Outbound webhooks (`webhooks:`).
    public var webhooks = WebhookSettings()

    public init() {
        carriers = CarrierSettingsByCarrier()
        poll = PollSettings()
        serve = ServeSettings()
        stores = [AppConfig.defaultStoreKey: StoreSettings()]
    }

    /// The store that exists when the config declares none.
    public static let defaultStoreKey = "default"

    enum CodingKeys: String, CodingKey {
        case databaseURL = "database_url"
        case logLevel = "log_level"
        case carriers
        case poll
        case stores
        case statementTimeoutSeconds = "statement_timeout_seconds"
        case serve
        case webhooks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        databaseURL = try container.decodeIfPresent(String.self, forKey: .databaseURL)
        logLevel = try container.decodeIfPresent(String.self, forKey: .logLevel)
        carriers = try container.decodeIfPresent(CarrierSettingsByCarrier.self, forKey: .carriers) ?? CarrierSettingsByCarrier()
        poll = try container.decodeIfPresent(PollSettings.self, forKey: .poll) ?? PollSettings()
        let declared = try container.decodeIfPresent([String: StoreSettings].self, forKey: .stores) ?? [:]
        stores = declared.isEmpty ? [AppConfig.defaultStoreKey: StoreSettings()] : declared
        statementTimeoutSeconds = try container.decodeIfPresent(Double.self, forKey: .statementTimeoutSeconds)
        serve = try container.decodeIfPresent(ServeSettings.self, forKey: .serve) ?? ServeSettings()
        webhooks = try container.decodeIfPresent(WebhookSettings.self, forKey: .webhooks) ?? WebhookSettings()
    }

    /// Applies the environment: `DATABASE_URL` and each carrier's `SHIPWATCH_<CARRIER>_…` variables.
    public mutating func applyEnvironment(_ environment: [String: String]) {
        if let url = environment["DATABASE_URL"], !url.isEmpty { databaseURL = url }
        for carrier in CarrierCatalog.roster.carriers {
            carriers[carrier].applyEnvironment(environment, carrier: carrier)
        }
    }

    /// Every impossible value, each named by its key path.
    public func problems() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if let logLevel, !["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(logLevel) {
            problems.append(.init(path: "log_level", message: "must be one of trace, debug, info, notice, warning, error, critical"))
        }
        for carrier in CarrierCatalog.roster.carriers {
            problems += carriers[carrier].problems(at: "carriers.\(carrier.rawValue)")
        }
        problems += poll.problems(at: "poll")
        if let statementTimeoutSeconds, !(statementTimeoutSeconds >= 1 && statementTimeoutSeconds <= 86_400) {
            problems.append(.init(path: "statement_timeout_seconds", message: "must be from 1 to 86400"))
        }
        for key in stores.keys.sorted() {
            if key.isEmpty || !key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                problems.append(.init(path: "stores.\(key)", message: "a store key is letters, digits, '-' and '_' only"))
            }
            problems += stores[key]?.problems(at: "stores.\(key)") ?? []
        }
        problems += serve.problems(at: "serve", knownStores: Set(stores.keys))
        problems += webhooks.problems(at: "webhooks", knownStores: Set(stores.keys))
        return problems
    }
}

/// The `carriers:` section: one optional block per carrier, keyed by the carrier's id (`usps`, `ups`, …).
public struct CarrierSettingsByCarrier: Sendable, Codable {
    private var settings: [Carrier: CarrierSettings] = [:]

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CarrierKey.self)
        for carrier in CarrierCatalog.roster.carriers {
            if let block = try container.decodeIfPresent(CarrierSettings.self, forKey: CarrierKey(carrier)) {
                settings[carrier] = block
            }
        }
    }

    /// Writes every carrier's block (defaults included), so that strict key checking knows each carrier's keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CarrierKey.self)
        for carrier in CarrierCatalog.roster.carriers {
            try container.encode(self[carrier], forKey: CarrierKey(carrier))
        }
    }

    /// One carrier's settings; an absent block is all defaults.
    public subscript(carrier: Carrier) -> CarrierSettings {
        get { settings[carrier] ?? CarrierSettings() }
        set { settings[carrier] = newValue }
    }

    /// A carrier's id as a key of the `carriers:` section.
    private struct CarrierKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(_ carrier: Carrier) { stringValue = carrier.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
