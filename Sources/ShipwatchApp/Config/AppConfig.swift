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

    public init() {
        carriers = CarrierSettingsByCarrier()
        poll = PollSettings()
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
    }

    /// Applies the environment: `DATABASE_URL` and each carrier's `SHIPWATCH_<CARRIER>_…` variables.
    public mutating func applyEnvironment(_ environment: [String: String]) {
        if let url = environment["DATABASE_URL"], !url.isEmpty { databaseURL = url }
        for carrier in Carrier.allCases {
            carriers[carrier].applyEnvironment(environment, carrier: carrier)
        }
    }

    /// Every impossible value, each named by its key path.
    public func problems() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if let logLevel, !["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(logLevel) {
            problems.append(.init(path: "log_level", message: "must be one of trace, debug, info, notice, warning, error, critical"))
        }
        for carrier in Carrier.allCases {
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
        return problems
    }
}

/// The `carriers:` section: one optional block per carrier.
public struct CarrierSettingsByCarrier: Sendable, Codable {
    public var usps = CarrierSettings()
    public var ups = CarrierSettings()
    public var fedex = CarrierSettings()
    public var dhl = CarrierSettings()

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        usps = try container.decodeIfPresent(CarrierSettings.self, forKey: .usps) ?? CarrierSettings()
        ups = try container.decodeIfPresent(CarrierSettings.self, forKey: .ups) ?? CarrierSettings()
        fedex = try container.decodeIfPresent(CarrierSettings.self, forKey: .fedex) ?? CarrierSettings()
        dhl = try container.decodeIfPresent(CarrierSettings.self, forKey: .dhl) ?? CarrierSettings()
    }

    public subscript(carrier: Carrier) -> CarrierSettings {
        get {
            switch carrier {
            case .usps: usps
            case .ups: ups
            case .fedex: fedex
            case .dhl: dhl
            }
        }
        set {
            switch carrier {
            case .usps: usps = newValue
            case .ups: ups = newValue
            case .fedex: fedex = newValue
            case .dhl: dhl = newValue
            }
        }
    }
}
