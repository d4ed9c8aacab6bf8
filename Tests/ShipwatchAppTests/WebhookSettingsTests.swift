import Foundation
import ShipwatchApp
import ShipwatchCore
import Testing
import Yams

@Suite("webhooks: settings")
struct WebhookSettingsTests {
    @Test("the example file's webhooks section is WebhookSettings() and writes out every key")
    func exampleIsTheDefaults() throws {
        let webhooks = try ExampleConfigTests.loadExample().webhooks
        let defaults = WebhookSettings()
        #expect(webhooks.retrySchedule == defaults.retrySchedule)
        #expect(webhooks.retrySchedule == WebhookRetrySchedule.standard)
        #expect(webhooks.timeoutSeconds == defaults.timeoutSeconds)
        #expect(webhooks.maxResponseBytes == defaults.maxResponseBytes)
        #expect(webhooks.disableAfterFailures == defaults.disableAfterFailures)
        #expect(webhooks.allowPrivateTargets == defaults.allowPrivateTargets)
        #expect(webhooks.concurrency == defaults.concurrency)
        #expect(webhooks.batchSize == defaults.batchSize)
        #expect(webhooks.pollPassSeconds == defaults.pollPassSeconds)
        #expect(webhooks.workerIntervalSeconds == defaults.workerIntervalSeconds)
        #expect(webhooks.secretOverlapHours == defaults.secretOverlapHours)
        let text = try String(contentsOfFile: ExampleConfigTests.examplePath, encoding: .utf8)
        let written = try #require(try YAMLDecoder().decode(JSONFragment.self, from: text)["webhooks"])
        let schema = try JSONDecoder().decode(JSONFragment.self, from: JSONEncoder().encode(WebhookSettings()))
        #expect(ExampleConfigTests.keyPaths(of: schema).subtracting(ExampleConfigTests.keyPaths(of: written)).sorted() == [])
    }

    @Test("impossible values and unknown stores are named by their key path")
    func problemsAreNamed() throws {
        let yaml = """
            webhooks:
              timeout_seconds: 0
              max_attempts: 0
              retry_jitter: 2
              stores:
                nowhere:
                  include_customer_email: true
            """
        let paths = Set(try ConfigLoader.parse(yaml: yaml, path: "x.yaml").problems().map(\.path))
        #expect(paths == ["webhooks.timeout_seconds", "webhooks.max_attempts", "webhooks.retry_jitter", "webhooks.stores.nowhere"])
    }

    @Test("an unknown key under webhooks is refused")
    func unknownKey() {
        #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml: "webhooks:\n  timout_seconds: 3\n", path: "x.yaml") }
    }
}
