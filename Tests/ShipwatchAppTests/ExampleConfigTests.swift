import CarrierCatalog
import CarrierDHL
import CarrierHTTP
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchApp
import ShipwatchCore
import Testing
import Yams

/// `deploy/shipwatch.example.yaml` loads cleanly, declares the seed stores, and every value it
/// calls a default is the code's default.
@Suite("deploy/shipwatch.example.yaml")
struct ExampleConfigTests {
    /// The example file, found from this test file's place in the repository.
    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ShipwatchAppTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("deploy/shipwatch.example.yaml").path

    static func loadExample(environment: [String: String] = [:]) throws -> AppConfig {
        try ConfigLoader.load(path: examplePath, environment: environment)
    }

    /// The store whose policy writes out every key at its default value.
    static let referenceStore = "phone-cases"

    @Test("loads with no problems and declares the three seed stores")
    func declaresTheSeedStores() throws {
        let config = try Self.loadExample()
        #expect(config.stores.keys.sorted() == ["jewelry", "phone-cases", "shoe-charms"])
        for (key, store) in config.stores {
            #expect(store.displayName != nil, "store \(key) has a display name")
            #expect(store.policy.validate().isEmpty, "store \(key)'s policy is usable")
        }
    }

    @Test("the reference store's policy is exactly StorePolicy.default")
    func referenceStoreIsTheDefaultPolicy() throws {
        let policy = try #require(try Self.loadExample().stores[Self.referenceStore]?.policy)
        let defaults = StorePolicy.default
        // Several keys one by one, so a drift names itself…
        #expect(policy.processingWindow == defaults.processingWindow)
        #expect(policy.deliveryWindow == defaults.deliveryWindow)
        #expect(policy.refundTime == defaults.refundTime)
        #expect(policy.thresholds.customsStall == defaults.thresholds.customsStall)
        #expect(policy.thresholds.sortingStall == defaults.thresholds.sortingStall)
        #expect(policy.thresholds.noMovement == defaults.thresholds.noMovement)
        #expect(policy.thresholds.neverScanned == defaults.thresholds.neverScanned)
        #expect(policy.thresholds.lateDispatch == defaults.thresholds.lateDispatch)
        #expect(policy.thresholds.deliveryWindowExceeded == defaults.thresholds.deliveryWindowExceeded)
        #expect(policy.thresholds.carrierException == defaults.thresholds.carrierException)
        #expect(policy.thresholds.returnedToSender == defaults.thresholds.returnedToSender)
        #expect(policy.thresholds.trackingNotFound == defaults.thresholds.trackingNotFound)
        #expect(policy.businessCalendar == defaults.businessCalendar)
        #expect(policy.remedies == defaults.remedies)
        #expect(policy.compensation == defaults.compensation)
        #expect(policy.messages.customerChoice == defaults.messages.customerChoice)
        #expect(policy.messages.refund == defaults.messages.refund)
        #expect(policy.messages.reshipment == defaults.messages.reshipment)
        // …and the whole, so no key is missed.
        #expect(policy == defaults)
    }

    @Test("the reference store writes out every policy key")
    func referenceStoreSpellsOutEveryPolicyKey() throws {
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let document = try YAMLDecoder().decode(JSONFragment.self, from: text)
        let written = try #require(document["stores"]?[Self.referenceStore]?["policy"])
        let schema = try JSONDecoder().decode(JSONFragment.self, from: JSONEncoder().encode(StorePolicy.default))
        #expect(Self.keyPaths(of: schema).subtracting(Self.keyPaths(of: written)).sorted() == [])
        #expect(Self.keyPaths(of: schema).count > 40)
    }

    @Test("the shoe-charm store differs from the defaults only in its compensation")
    func shoeCharmStore() throws {
        let policy = try #require(try Self.loadExample().stores["shoe-charms"]?.policy)
        var expected = StorePolicy.default
        expected.compensation.item = "an extra shoe charm"
        #expect(policy == expected)
        #expect(policy.processingWindow == BusinessDayRange(minBusinessDays: 2, maxBusinessDays: 5))
    }

    @Test("the jewelry store follows seed 002 and offers no compensation")
    func jewelryStore() throws {
        let policy = try #require(try Self.loadExample().stores["jewelry"]?.policy)
        let defaults = StorePolicy.default
        #expect(policy.processingWindow == BusinessDayRange(minBusinessDays: 1, maxBusinessDays: 3))
        #expect(policy.refundTime == BusinessDayRange(minBusinessDays: 5, maxBusinessDays: 10))
        #expect(policy.deliveryWindow == defaults.deliveryWindow)
        #expect(policy.compensation.displayText == nil)
        #expect(!policy.messages.customerChoice.contains("{{compensation}}"))
        #expect(!policy.messages.reshipment.contains("{{compensation}}"))
        #expect(policy.messages.refund == defaults.messages.refund)
        #expect(policy.thresholds == defaults.thresholds)
        #expect(policy.businessCalendar == defaults.businessCalendar)
        #expect(policy.remedies == defaults.remedies)
    }

    @Test("the poll section is PollSettings() and PollSchedule()")
    func pollSectionIsTheDefaults() throws {
        let poll = try Self.loadExample().poll
        let defaults = PollSettings()
        #expect(poll.limit == defaults.limit)
        #expect(poll.maxDurationSeconds == defaults.maxDurationSeconds)
        #expect(poll.leaseSeconds == defaults.leaseSeconds)
        #expect(poll.claimBatchSize == defaults.claimBatchSize)
        #expect(poll.concurrencyPerCarrier == defaults.concurrencyPerCarrier)
        #expect(poll.circuitFailureThreshold == defaults.circuitFailureThreshold)
        #expect(poll.schedule.dwellHours == defaults.schedule.dwellHours)
        #expect(poll.schedule.retireAfterSilenceDays == defaults.schedule.retireAfterSilenceDays)
        #expect(poll.schedule == defaults.schedule)
    }

    @Test("the poll section writes out every key")
    func pollSectionSpellsOutEveryKey() throws {
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let written = try #require(try YAMLDecoder().decode(JSONFragment.self, from: text)["poll"])
        let schema = try JSONDecoder().decode(JSONFragment.self, from: JSONEncoder().encode(PollSettings()))
        #expect(Self.keyPaths(of: schema).subtracting(Self.keyPaths(of: written)).sorted() == [])
    }

    @Test("each carrier section is the built-in behaviour", arguments: CarrierCatalog.roster.carriers)
    func carrierSectionIsTheDefaults(_ carrier: Carrier) throws {
        let settings = try Self.loadExample().carriers[carrier]
        let options = CarrierClientOptions()
        #expect(settings.enabled == true)
        #expect(settings.baseURL == CarrierRegistry.productionBaseURL(for: carrier))
        #expect(CarrierRegistry.limits(for: carrier, settings: settings) == CarrierLimits.defaults(for: carrier))
        #expect(settings.requestsPerSecond == nil, "left commented out: setting it changes the burst")
        #expect(settings.timeoutSeconds.map { Duration.seconds($0) } == options.requestTimeout)
        #expect(settings.maxBodyBytes == options.maxBodyBytes)
        #expect(settings.maxAttempts == options.retry.maxAttempts)
        #expect(settings.trackingMode == (carrier == .usps ? "batch_v3r2" : nil))
    }

    @Test("the file holds no secret; the environment brings them")
    func secretsComeFromTheEnvironment() throws {
        let bare = try Self.loadExample()
        #expect(bare.databaseURL == nil)
        #expect(bare.logLevel == "notice")
        for carrier in CarrierCatalog.roster.carriers {
            #expect(bare.carriers[carrier].clientID == nil)
            #expect(bare.carriers[carrier].clientSecret == nil)
            #expect(bare.carriers[carrier].apiKey == nil)
        }

        let configured = try Self.loadExample(environment: [
            "DATABASE_URL": "postgres://shipwatch:secret@db:5432/shipwatch",
            "SHIPWATCH_USPS_CLIENT_ID": "usps-id", "SHIPWATCH_USPS_CLIENT_SECRET": "usps-secret",
            "SHIPWATCH_DHL_API_KEY": "dhl-key",
            "SHIPWATCH_UPS_BASE_URL": "https://wwwcie.ups.com",
        ])
        #expect(configured.databaseURL == "postgres://shipwatch:secret@db:5432/shipwatch")
        #expect(configured.carriers[.usps].clientID == "usps-id")
        #expect(configured.carriers[.usps].clientSecret == "usps-secret")
        #expect(configured.carriers[.dhl].apiKey == "dhl-key")
        #expect(configured.carriers[.ups].baseURL == "https://wwwcie.ups.com")
    }

    @Test("the Kubernetes ConfigMap's configuration loads and gives each store the example's policy")
    func configMapMatchesTheExample() throws {
        let configMapPath = URL(fileURLWithPath: Self.examplePath)
            .deletingLastPathComponent().appendingPathComponent("kubernetes/configmap.yaml").path
        let manifest = try YAMLDecoder().decode(JSONFragment.self, from: String(contentsOfFile: configMapPath, encoding: .utf8))
        guard case .string(let embedded)? = manifest["data"]?["shipwatch.yaml"] else {
            Issue.record("configmap.yaml has no data.shipwatch.yaml text")
            return
        }
        let deployed = try TemporaryConfigFile.load(embedded)
        let example = try Self.loadExample()
        #expect(deployed.stores.keys.sorted() == example.stores.keys.sorted())
        for (key, store) in example.stores {
            #expect(deployed.stores[key]?.policy == store.policy, "store \(key)")
            #expect(deployed.stores[key]?.displayName == store.displayName, "store \(key)")
        }
        #expect(deployed.poll.maxDurationSeconds == example.poll.maxDurationSeconds)
    }

    /// Every key path of the objects in `tree` (`thresholds.customs_stall.act_days`); arrays are leaves.
    static func keyPaths(of tree: JSONFragment, under prefix: String = "") -> Set<String> {
        guard case .object(let members) = tree else { return [] }
        var paths: Set<String> = []
        for (key, value) in members {
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            paths.insert(path)
            paths.formUnion(keyPaths(of: value, under: path))
        }
        return paths
    }
}
