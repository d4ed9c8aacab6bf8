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
    /// `shipwatch serve`.
    public var serve: ServeSettings

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
        case serve
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        databaseURL = try container.decodeIfPresent(String.self, forKey: .databaseURL)
        logLevel = try container.decodeIfPresent(String.self, forKey: .logLevel)
        carriers = try container.decodeIfPresent(CarrierSettingsByCarrier.self, forKey: .carriers) ?? CarrierSettingsByCarrier()
        poll = try container.decodeIfPresent(PollSettings.self, forKey: .poll) ?? PollSettings()
        let declared = try container.decodeIfPresent([String: StoreSettings].self, forKey: .stores) ?? [:]
        stores = declared.isEmpty ? [AppConfig.defaultStoreKey: StoreSettings()] : declared
        serve = try container.decodeIfPresent(ServeSettings.self, forKey: .serve) ?? ServeSettings()
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
        for key in stores.keys.sorted() {
            if key.isEmpty || !key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                problems.append(.init(path: "stores.\(key)", message: "a store key is letters, digits, '-' and '_' only"))
            }
            problems += stores[key]?.problems(at: "stores.\(key)") ?? []
        }
        problems += serve.problems(at: "serve", knownStores: Set(stores.keys))
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
