import Foundation
import Logging
import ShipwatchAPI
@testable import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("shipwatch users: create, list, disable")
struct UsersActionTests {
    static func action(_ url: DatabaseURL) -> UsersAction {
        var config = AppConfig()
        config.databaseURL = url.description
        return UsersAction(context: ShipwatchContext(config: config, logger: Logger(label: "test")))
    }

    @Test("a user is stored with a bcrypt hash that verifies, listed without it, limited to known stores, and disabled")
    func lifecycle() async throws {
        try await withTestDatabaseURL { url, database in
            try await StoreFixtures.createStore("charms", in: database)
            let users = Self.action(url)
            let created = try await users.create(
                email: " Ada@Ops.Example ", role: "admin", stores: [], password: "correct horse battery", bcryptCost: 4)
            #expect(created.contains("ada@ops.example") && created.contains("every store"))
            let stored = try #require(try await PostgresOpsUsers(database: database).user(email: "ada@ops.example"))
            #expect(stored.passwordHash.hasPrefix("$2"))
            #expect(OpsPassword.verify("correct horse battery", hash: stored.passwordHash))
            #expect(!OpsPassword.verify("wrong horse battery", hash: stored.passwordHash))
            let limited = try await users.create(email: "cy@ops.example", role: "ops", stores: ["charms"], password: "another long one", bcryptCost: 4)
            #expect(limited.contains("stores charms"))
            let table = try await users.list()
            #expect(table.contains("ada@ops.example") && table.contains("cy@ops.example") && !table.contains("$2"))
            #expect(try await users.disable(email: "cy@ops.example").contains("disabled"))
            #expect(try await PostgresOpsUsers(database: database).user(email: "cy@ops.example")?.disabledAt != nil)
        }
    }

    @Test("bad input names what is wrong: e-mail, role, short password, unknown store, duplicate")
    func refusals() async throws {
        try await withTestDatabaseURL { url, database in
            try await StoreFixtures.createStore("charms", in: database)
            let users = Self.action(url)
            await #expect(throws: ShipwatchFailure.invalidOption(option: "--email", reason: "'nobody' is not an e-mail address")) {
                _ = try await users.create(email: "nobody", role: "ops", stores: [], password: "long enough pass", bcryptCost: 4)
            }
            await #expect(throws: ShipwatchFailure.unknownName(kind: "--role", name: "boss", expected: "ops, admin")) {
                _ = try await users.create(email: "a@b.example", role: "boss", stores: [], password: "long enough pass", bcryptCost: 4)
            }
            await #expect(throws: ShipwatchFailure.rejectedInput("the password must have at least 10 characters")) {
                _ = try await users.create(email: "a@b.example", role: "ops", stores: [], password: "short", bcryptCost: 4)
            }
            await #expect(throws: ShipwatchFailure.unknownStore("nope")) {
                _ = try await users.create(email: "a@b.example", role: "ops", stores: ["nope"], password: "long enough pass", bcryptCost: 4)
            }
            _ = try await users.create(email: "a@b.example", role: "ops", stores: [], password: "long enough pass", bcryptCost: 4)
            await #expect(throws: ShipwatchFailure.rejectedInput("a user with e-mail a@b.example already exists")) {
                _ = try await users.create(email: "A@B.example", role: "ops", stores: [], password: "long enough pass", bcryptCost: 4)
            }
            await #expect(throws: ShipwatchFailure.rejectedInput("no enabled user with e-mail x@b.example")) {
                _ = try await users.disable(email: "x@b.example")
            }
        }
    }
}
