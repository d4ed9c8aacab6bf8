import Foundation
import HTTPTypes
import ShipwatchAPI
import ShipwatchApp
import Testing

@Suite("The serve: section of the configuration")
struct ServeConfigTests {
    static let stores = """
        stores:
          charms: {display_name: Charms}

        """

    @Test("defaults apply when the section is absent")
    func defaults() throws {
        let config = try ConfigLoader.parse(yaml: Self.stores, path: "test.yaml")
        #expect(config.serve.host == "127.0.0.1")
        #expect(config.serve.port == 8080)
        #expect(config.serve.apiSettings.keyRequestsPerMinute == 600)
        #expect(config.serve.apiSettings.pageRequestsPerMinutePerIP == 30)
        #expect(config.problems().isEmpty)
    }

    @Test("every key is read, and the page and store settings reach the API")
    func everyKeyIsRead() throws {
        let yaml = Self.stores + """
            serve:
              host: 0.0.0.0
              port: 0
              max_body_bytes: 1024
              key_requests_per_minute: 5
              database_max_connections: 4
              read_statements: 3
              page: {requests_per_minute_per_ip: 7}
              stores:
                charms: {cors_origins: ["https://charms.example"], frame_ancestors: ["http://localhost:3000"]}
            """
        let config = try ConfigLoader.parse(yaml: yaml, path: "test.yaml")
        #expect(config.problems().isEmpty)
        let api = config.serve.apiSettings
        #expect(api.maxBodyBytes == 1024)
        #expect(api.keyRequestsPerMinute == 5)
        #expect(api.pageRequestsPerMinutePerIP == 7)
        #expect(api.corsOrigins == ["charms": ["https://charms.example"]])
        #expect(api.frameAncestors == ["charms": ["http://localhost:3000"]])
        #expect(config.serve.databaseMaxConnections == 4)
        #expect(config.serve.storefrontReadStatements(cores: 16) == 3)
    }

    @Test("storefront reads run twice the cores at once by default, never more than the pool")
    func readStatementsDefault() throws {
        var settings = ServeSettings()
        #expect(settings.storefrontReadStatements(cores: 2) == 4)
        #expect(settings.storefrontReadStatements(cores: 1) == 2)
        #expect(settings.storefrontReadStatements(cores: 64) == 20)
        settings.databaseMaxConnections = 3
        #expect(settings.storefrontReadStatements(cores: 2) == 3)
        settings.readStatements = 5
        #expect(settings.problems(at: "serve", knownStores: []).map(\.path) == ["serve.read_statements"])
    }

    @Test("an unknown key under serve is refused with its path")
    func unknownKey() {
        let yaml = Self.stores + "serve:\n  page:\n    per_ip: 3\n"
        #expect(throws: ConfigError.unknownKeys(path: "test.yaml", keys: ["serve.page.per_ip"])) {
            try ConfigLoader.parse(yaml: yaml, path: "test.yaml")
        }
    }

    @Test("impossible values are each named by their path")
    func impossibleValues() throws {
        let yaml = Self.stores + """
            serve:
              host: ""
              port: 70000
              max_body_bytes: 0
              key_requests_per_minute: 0
              page: {requests_per_minute_per_ip: -1}
              stores:
                charms: {frame_ancestors: ["https://ok.example", "https://x.example; script-src *", "ftp://x"]}
                ghost: {cors_origins: []}
            """
        let config = try ConfigLoader.parse(yaml: yaml, path: "test.yaml")
        let paths = config.problems().map(\.path)
        #expect(paths == [
            "serve.host", "serve.port", "serve.max_body_bytes", "serve.key_requests_per_minute",
            "serve.page.requests_per_minute_per_ip", "serve.stores.charms.frame_ancestors[1]",
            "serve.stores.charms.frame_ancestors[2]", "serve.stores.ghost",
        ])
    }
}
