import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierUPS
import Foundation
import ShipwatchApp
import ShipwatchCore
import Testing

/// A config file written to a fresh temporary path, for `ConfigLoader.load(path:environment:)`.
enum TemporaryConfigFile {
    /// Writes `yaml`, loads it with `environment`, and removes the file again.
    static func load(_ yaml: String, environment: [String: String] = [:]) throws -> AppConfig {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shipwatch-\(UUID().uuidString).yaml")
        try Data(yaml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ConfigLoader.load(path: url.path, environment: environment)
    }
}

/// One configuration the loader must refuse, and the key path its error must name.
struct RejectedConfig: Sendable, CustomTestStringConvertible {
    var what: String
    var yaml: String
    /// Every key path the error names, in the loader's order.
    var keyPaths: [String]

    init(_ what: String, _ yaml: String, names keyPaths: String...) {
        self.what = what
        self.yaml = yaml
        self.keyPaths = keyPaths
    }

    var testDescription: String { what }
}

@Suite("ConfigLoader")
struct ConfigLoaderTests {
    // MARK: Unknown keys

    static let unknownKeys: [RejectedConfig] = [
        RejectedConfig("misspelled top-level key", "databse_url: postgres:///shipwatch\n", names: "databse_url"),
        RejectedConfig(
            "misspelled key in carriers.ups", "carriers:\n  ups:\n    client_secrt: abc\n",
            names: "carriers.ups.client_secrt"),
        RejectedConfig("a carrier we do not have", "carriers:\n  royalmail:\n    enabled: true\n", names: "carriers.royalmail"),
        RejectedConfig(
            "misspelled key in poll.schedule", "poll:\n  schedule:\n    moving_hour: 3\n",
            names: "poll.schedule.moving_hour"),
        RejectedConfig(
            "misspelled key deep in a policy's thresholds",
            """
            stores:
              acme:
                policy:
                  thresholds:
                    customs_stall:
                      watch_days: 3
                      act_day: 9
            """,
            names: "stores.acme.policy.thresholds.customs_stall.act_day"),
        RejectedConfig(
            "a rule id that does not exist, under remedies",
            "stores:\n  acme:\n    policy:\n      remedies:\n        customs_stal: refund\n",
            names: "stores.acme.policy.remedies.customs_stal"),
        RejectedConfig(
            "misspelled store key, all reported in order",
            "stores:\n  acme:\n    displayname: Acme\n    polcy: {}\n",
            names: "stores.acme.displayname", "stores.acme.polcy"),
    ]

    @Test("an unknown key is rejected with its key path", arguments: unknownKeys)
    func rejectsUnknownKey(_ config: RejectedConfig) throws {
        let error = try #require(throws: ConfigError.self) { try TemporaryConfigFile.load(config.yaml) }
        guard case .unknownKeys(_, let keys) = error else {
            Issue.record("expected unknown keys, got \(error)")
            return
        }
        #expect(keys == config.keyPaths)
        for keyPath in config.keyPaths { #expect(error.description.contains(keyPath)) }
    }

    // MARK: Wrong types

    static let wrongTypes: [RejectedConfig] = [
        RejectedConfig("text for poll.limit", "poll:\n  limit: ten\n", names: "poll.limit"),
        RejectedConfig("text for an interval", "poll:\n  schedule:\n    moving_hours: often\n", names: "poll.schedule.moving_hours"),
        RejectedConfig("text for a timeout", "carriers:\n  ups:\n    timeout_seconds: slow\n", names: "carriers.ups.timeout_seconds"),
        RejectedConfig("a list for a carrier flag", "carriers:\n  dhl:\n    enabled: [yes]\n", names: "carriers.dhl.enabled"),
        RejectedConfig(
            "text for a threshold",
            "stores:\n  acme:\n    policy:\n      thresholds:\n        customs_stall:\n          act_days: soon\n",
            names: "stores.acme.policy.thresholds.customs_stall.act_days"),
        RejectedConfig(
            "text for a delivery window",
            "stores:\n  acme:\n    policy:\n      delivery_window:\n        domestic:\n          max_days: twelve\n",
            names: "stores.acme.policy.delivery_window.domestic.max_days"),
        RejectedConfig(
            "a holiday that is not a date",
            "stores:\n  acme:\n    policy:\n      business_calendar:\n        holidays: [\"2025-12-25\", Christmas]\n",
            names: "stores.acme.policy.business_calendar.holidays[1]"),
        RejectedConfig(
            "a remedy that does not exist",
            "stores:\n  acme:\n    policy:\n      remedies:\n        customs_stall: apology\n",
            names: "stores.acme.policy.remedies.customs_stall"),
    ]

    @Test("a value of the wrong type is rejected with its key path", arguments: wrongTypes)
    func rejectsWrongType(_ config: RejectedConfig) throws {
        let error = try #require(throws: ConfigError.self) { try TemporaryConfigFile.load(config.yaml) }
        guard case .wrongType(_, let keyPath, _) = error else {
            Issue.record("expected a wrong type, got \(error)")
            return
        }
        #expect([keyPath] == config.keyPaths)
        #expect(error.description.contains(config.keyPaths[0]))
    }

    // MARK: Impossible values

    static let impossibleValues: [RejectedConfig] = [
        RejectedConfig(
            "processing window maximum below its minimum",
            "stores:\n  acme:\n    policy:\n      processing_window:\n        min_business_days: 5\n        max_business_days: 2\n",
            names: "stores.acme.policy.processing_window.max_business_days"),
        RejectedConfig(
            "international delivery window maximum below its minimum",
            "stores:\n  acme:\n    policy:\n      delivery_window:\n        international:\n          min_days: 10\n          max_days: 8\n",
            names: "stores.acme.policy.delivery_window.international.max_days"),
        RejectedConfig(
            "act below watch",
            "stores:\n  acme:\n    policy:\n      thresholds:\n        sorting_stall:\n          watch_days: 4\n          act_days: 2\n",
            names: "stores.acme.policy.thresholds.sorting_stall.act_days"),
        RejectedConfig(
            "negative days",
            "stores:\n  acme:\n    policy:\n      thresholds:\n        no_movement:\n          standard:\n            watch_days: -1\n",
            names: "stores.acme.policy.thresholds.no_movement.standard.watch_days"),
        RejectedConfig(
            "an unknown weekday",
            "stores:\n  acme:\n    policy:\n      business_calendar:\n        weekend_days: [saturday, sundae]\n",
            names: "stores.acme.policy.business_calendar.weekend_days[1]"),
        RejectedConfig(
            "{{compensation}} with no compensation",
            "stores:\n  acme:\n    policy:\n      compensation:\n        item: null\n",
            names: "stores.acme.policy.messages.customer_choice", "stores.acme.policy.messages.reshipment"),
        RejectedConfig(
            "lease no longer than a run", "poll:\n  max_duration_seconds: 600\n  lease_seconds: 600\n", names: "poll.lease_seconds"),
        RejectedConfig("negative hours", "poll:\n  schedule:\n    dwell_hours: -2\n", names: "poll.schedule.dwell_hours"),
        RejectedConfig(
            "retry ceiling below its first step",
            "poll:\n  schedule:\n    not_found_hours: 6\n    not_found_max_hours: 2\n",
            names: "poll.schedule.not_found_max_hours"),
        RejectedConfig("zero claim batch", "poll:\n  claim_batch_size: 0\n", names: "poll.claim_batch_size"),
        RejectedConfig(
            "an endless run", "poll:\n  max_duration_seconds: .inf\n", names: "poll.max_duration_seconds", "poll.lease_seconds"),
        RejectedConfig("an endless lease", "poll:\n  lease_seconds: .inf\n", names: "poll.lease_seconds"),
        RejectedConfig("an endless request", "carriers:\n  ups:\n    timeout_seconds: .inf\n", names: "carriers.ups.timeout_seconds"),
        RejectedConfig(
            "an absurd request rate", "carriers:\n  fedex:\n    requests_per_second: 10000000\n",
            names: "carriers.fedex.requests_per_second"),
        RejectedConfig(
            "a threshold that is not a number",
            "stores:\n  acme:\n    policy:\n      thresholds:\n        customs_stall:\n          watch_days: .nan\n",
            names: "stores.acme.policy.thresholds.customs_stall.watch_days"),
        RejectedConfig("an unknown USPS mode", "carriers:\n  usps:\n    tracking_mode: fast\n", names: "carriers.usps.tracking_mode"),
        RejectedConfig("a DHL division that is not a division name", "carriers:\n  dhl:\n    service: \"Parcel DE\"\n", names: "carriers.dhl.service"),
        RejectedConfig("a relative base URL", "carriers:\n  fedex:\n    base_url: apis.fedex.com\n", names: "carriers.fedex.base_url"),
        RejectedConfig("an unknown log level", "log_level: loud\n", names: "log_level"),
        RejectedConfig("a store key with a space", "stores:\n  \"my store\": {}\n", names: "stores.my store"),
    ]

    @Test("an impossible value is rejected with its key path", arguments: impossibleValues)
    func rejectsImpossibleValue(_ config: RejectedConfig) throws {
        let error = try #require(throws: ConfigError.self) { try TemporaryConfigFile.load(config.yaml) }
        guard case .invalidValues(_, let problems) = error else {
            Issue.record("expected invalid values, got \(error)")
            return
        }
        #expect(problems.map(\.path) == config.keyPaths)
        for keyPath in config.keyPaths { #expect(error.description.contains("\(keyPath): ")) }
    }

    // MARK: What is accepted

    @Test("keys written at their default value, or as null, are known keys")
    func acceptsDefaultsAndNulls() throws {
        let config = try TemporaryConfigFile.load(
            """
            database_url: null
            log_level: null
            carriers:
              ups:
                enabled: true
                quota_per_day: null
              dhl: null
            poll:
              limit: 10000
              schedule:
                moving_hours: 4
            stores:
              acme:
                display_name: null
                policy:
                  refund_time: null
                  thresholds:
                    customs_stall:
                      watch_days: 3
                      act_days: null
                    no_movement: null
                  remedies:
                    late_dispatch: refund
                    sorting_stall: null
                  compensation:
                    item: null
                    store_credit_amount: 5
                    store_credit_currency: USD
                  business_calendar:
                    holidays: []
            """)
        let policy = try #require(config.stores["acme"]?.policy)
        var expected = StorePolicy.default
        expected.compensation = Compensation(item: nil, storeCreditAmount: 5, storeCreditCurrency: "USD")
        #expect(policy == expected)
        #expect(policy.compensation.displayText == "a store credit of 5.00 USD")
        #expect(config.carriers[.ups].enabled == true)
        #expect(config.carriers[.dhl] == CarrierSettings())
    }

    @Test("carriers.dhl.service is read and reaches the DHL adapter's request")
    func dhlService() throws {
        let config = try TemporaryConfigFile.load("carriers:\n  dhl:\n    service: parcel-de\n")
        #expect(config.carriers[.dhl].service == "parcel-de")
        let api = CarrierRegistry.api(for: .dhl, settings: config.carriers[.dhl])
        let request = api.trackingRequest(numbers: ["00340434161094027713"], credentials: CarrierCredentials(apiKey: "k"), accessToken: nil, requestID: "r")
        #expect(request.query.contains(WireField("service", "parcel-de")))
    }

    @Test("a file of comments only, or empty, is the defaults")
    func emptyFileIsTheDefaults() throws {
        for text in ["", "# nothing configured yet\n", "---\n", "null\n"] {
            let config = try TemporaryConfigFile.load(text)
            #expect(Array(config.stores.keys) == [AppConfig.defaultStoreKey], "for \(text.debugDescription)")
            #expect(config.stores[AppConfig.defaultStoreKey]?.policy == StorePolicy.default)
        }
    }

    @Test("an empty stores section means the default store")
    func emptyStoresSectionIsTheDefaultStore() throws {
        let config = try TemporaryConfigFile.load("stores: {}\n")
        #expect(Array(config.stores.keys) == [AppConfig.defaultStoreKey])
    }

    @Test("no file: one store named default with the default policy")
    func noFileMeansDefaults() throws {
        let config = try ConfigLoader.load(path: nil, environment: [:])
        #expect(Array(config.stores.keys) == [AppConfig.defaultStoreKey])
        #expect(config.stores[AppConfig.defaultStoreKey]?.policy == StorePolicy.default)
        #expect(config.stores[AppConfig.defaultStoreKey]?.displayName == nil)
        #expect(config.databaseURL == nil)
        #expect(config.poll.limit == PollSettings().limit)
        #expect(config.poll.schedule == PollSchedule())
        for carrier in CarrierCatalog.roster.carriers { #expect(config.carriers[carrier] == CarrierSettings()) }
    }

    // MARK: Environment

    @Test("environment variables win over the file")
    func environmentOverridesFile() throws {
        let yaml = """
            database_url: postgres://file@localhost/file
            carriers:
              ups:
                client_id: file-id
                client_secret: file-secret
              dhl:
                base_url: https://file.example
            """
        let environment = [
            "DATABASE_URL": "postgres://env@db.internal/shipwatch",
            "SHIPWATCH_UPS_CLIENT_ID": "env-id",
            "SHIPWATCH_UPS_CLIENT_SECRET": "",
            "SHIPWATCH_DHL_BASE_URL": "http://127.0.0.1:8089",
            "SHIPWATCH_DHL_API_KEY": "env-key",
        ]
        let config = try TemporaryConfigFile.load(yaml, environment: environment)
        #expect(config.databaseURL == "postgres://env@db.internal/shipwatch")
        #expect(config.carriers[.ups].clientID == "env-id")
        #expect(config.carriers[.ups].clientSecret == "file-secret", "an empty variable overrides nothing")
        #expect(config.carriers[.dhl].baseURL == "http://127.0.0.1:8089")
        #expect(config.carriers[.dhl].apiKey == "env-key")
        #expect(config.carriers[.fedex].clientID == nil)
    }

    @Test("environment variables apply without a file")
    func environmentWithoutFile() throws {
        let config = try ConfigLoader.load(
            path: nil, environment: ["DATABASE_URL": "postgres:///shipwatch?host=/run/postgresql", "SHIPWATCH_FEDEX_CLIENT_ID": "key"])
        #expect(config.databaseURL == "postgres:///shipwatch?host=/run/postgresql")
        #expect(config.carriers[.fedex].clientID == "key")
    }

    @Test("an environment base URL is checked like the file's")
    func environmentBaseURLIsChecked() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConfigLoader.load(path: nil, environment: ["SHIPWATCH_UPS_BASE_URL": "not a url"])
        }
        guard case .invalidValues(_, let problems) = error else {
            Issue.record("expected invalid values, got \(error)")
            return
        }
        #expect(problems.map(\.path) == ["carriers.ups.base_url"])
    }

    // MARK: Files that are not configurations

    @Test("a missing file, broken YAML and a top level that is not a mapping are refused")
    func refusesWhatIsNotAConfig() throws {
        let missing = try #require(throws: ConfigError.self) {
            try ConfigLoader.load(path: "/nonexistent/shipwatch.yaml", environment: [:])
        }
        #expect(missing.description.hasPrefix("/nonexistent/shipwatch.yaml: cannot read"))

        let broken = try #require(throws: ConfigError.self) { try TemporaryConfigFile.load("poll: [limit: 1\n") }
        guard case .syntax = broken else {
            Issue.record("expected a syntax error, got \(broken)")
            return
        }

        let list = try #require(throws: ConfigError.self) { try TemporaryConfigFile.load("- poll\n- stores\n") }
        guard case .wrongType(_, let keyPath, _) = list else {
            Issue.record("expected a wrong type, got \(list)")
            return
        }
        #expect(keyPath.isEmpty)
    }
}
