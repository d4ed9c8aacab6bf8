import PostgresNIO
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    static let tables = [
        "stores", "shipments", "scan_events", "poll_runs", "poll_attempts", "findings", "remedies", "audit_log",
        "carrier_code_overrides",
    ]

    @Test func appliesEveryMigrationAndRecordsIt() async throws {
        try await withTestDatabase(migrate: false) { db in
            let applied = try await Migrator().migrate(on: db)
            #expect(applied.map(\.version) == Array(1...ShipwatchSchema.latestVersion))
            let history = try await Migrator().history(on: db)
            #expect(history.map(\.version) == ShipwatchSchema.migrations.map(\.version))
            #expect(history.map(\.checksum) == ShipwatchSchema.migrations.map(\.checksum))
            #expect(history.map(\.name) == ShipwatchSchema.migrations.map(\.name))
            for table in Self.tables {
                #expect(try await Self.exists(table, in: db), "table \(table)")
            }
        }
    }

    @Test func rerunIsANoOp() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            let before = try await Migrator().history(on: db)
            let second = try await Migrator().migrate(on: db)
            #expect(second.isEmpty)
            #expect(try await Migrator().history(on: db) == before)
            #expect(try await Migrator().plan(on: db).isUpToDate)
        }
    }

    @Test func dryRunListsPendingWithoutApplying() async throws {
        try await withTestDatabase(migrate: false) { db in
            let fresh = try await Migrator().plan(on: db)
            #expect(fresh.applied.isEmpty)
            #expect(fresh.pending.map(\.version) == Array(1...ShipwatchSchema.latestVersion))
            #expect(try await Self.exists("schema_migrations", in: db) == false)

            let firstTwo = Array(ShipwatchSchema.migrations.prefix(2))
            try await Migrator(migrations: firstTwo).migrate(on: db)
            let partial = try await Migrator().plan(on: db)
            #expect(partial.applied.map(\.version) == [1, 2])
            #expect(partial.pending.map(\.version) == Array(3...ShipwatchSchema.latestVersion))
            #expect(try await Self.exists("poll_runs", in: db) == false)
        }
    }

    @Test func editedRecordedChecksumIsRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            try await db.withConnection { connection in
                try await connection.query(
                    "UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 2", logger: db.logger)
            }
            let expected = MigrationError.checksumMismatch(
                version: 2, name: ShipwatchSchema.migrations[1].name, recorded: "0000000000000000",
                expected: ShipwatchSchema.migrations[1].checksum)
            await #expect(throws: expected) { try await Migrator().migrate(on: db) }
            await #expect(throws: expected) { try await Migrator().plan(on: db) }
            #expect(expected.description.contains("migration 2"))
        }
    }

    @Test func editedMigrationInCodeIsRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            var edited = ShipwatchSchema.migrations
            let third = edited[2]
            edited[2] = Migration(version: third.version, name: third.name, sql: third.sql + ["SELECT 1"])
            await #expect {
                try await Migrator(migrations: edited).migrate(on: db)
            } throws: { error in
                guard case MigrationError.checksumMismatch(let version, _, _, _) = error else { return false }
                return version == 3
            }
        }
    }

    @Test func unknownRecordedVersionIsRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            try await db.withConnection { connection in
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (99, 'from the future', 'x')",
                    logger: db.logger)
            }
            let expected = MigrationError.unknownAppliedVersion(version: 99, name: "from the future")
            await #expect(throws: expected) { try await Migrator().migrate(on: db) }
            #expect(expected.description.contains("99"))
        }
    }

    @Test func gapInHistoryIsRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            try await db.withConnection { connection in
                try await connection.query("DELETE FROM schema_migrations WHERE version = 2", logger: db.logger)
            }
            await #expect(throws: MigrationError.missingVersion(version: 2, name: ShipwatchSchema.migrations[1].name)) {
                try await Migrator().plan(on: db)
            }
        }
    }

    @Test func renamedMigrationIsRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            try await Migrator().migrate(on: db)
            var renamed = ShipwatchSchema.migrations
            renamed[0] = Migration(version: 1, name: "renamed", sql: renamed[0].sql)
            await #expect(
                throws: MigrationError.nameMismatch(version: 1, recorded: ShipwatchSchema.migrations[0].name, expected: "renamed")
            ) {
                try await Migrator(migrations: renamed).migrate(on: db)
            }
        }
    }

    @Test func malformedDefinitionsAreRefused() async throws {
        try await withTestDatabase(migrate: false) { db in
            let gap = [Migration(version: 1, name: "a", sql: ["SELECT 1"]), Migration(version: 3, name: "c", sql: ["SELECT 1"])]
            await #expect {
                try await Migrator(migrations: gap).migrate(on: db)
            } throws: { error in
                guard case MigrationError.invalidDefinition(let version, _) = error else { return false }
                return version == 3
            }
            let empty = [Migration(version: 1, name: "a", sql: [" "])]
            await #expect {
                try await Migrator(migrations: empty).plan(on: db)
            } throws: { error in
                guard case MigrationError.invalidDefinition(let version, _) = error else { return false }
                return version == 1
            }
        }
    }

    @Test func failingMigrationRollsBackAndNamesItsVersion() async throws {
        try await withTestDatabase(migrate: false) { db in
            let migrations = [
                Migration(version: 1, name: "good", sql: ["CREATE TABLE good (id int)"]),
                Migration(version: 2, name: "bad", sql: ["CREATE TABLE half (id int)", "SELECT no_such_column FROM good"]),
            ]
            await #expect {
                try await Migrator(migrations: migrations).migrate(on: db)
            } throws: { error in
                guard case MigrationError.statementFailed(let version, let name, let statement, let message) = error else {
                    return false
                }
                return version == 2 && name == "bad" && statement == 1 && message.contains("no_such_column")
            }
            let history = try await Migrator(migrations: migrations).history(on: db)
            #expect(history.map(\.version) == [1])
            #expect(try await Self.exists("good", in: db))
            #expect(try await Self.exists("half", in: db) == false)
        }
    }

    @Test func concurrentRunnersApplyEachMigrationOnce() async throws {
        try await withTestDatabase(migrate: false) { db in
            async let first = Migrator().migrate(on: db)
            async let second = Migrator().migrate(on: db)
            async let third = Migrator().migrate(on: db)
            let applied = try await [first, second, third].flatMap { $0.map(\.version) }
            #expect(applied.sorted() == Array(1...ShipwatchSchema.latestVersion))
            #expect(try await Migrator().history(on: db).count == ShipwatchSchema.latestVersion)
        }
    }

    @Test func checksumIsFNV1a64OfTheStatements() {
        #expect(Migration(version: 1, name: "x", sql: ["SELECT 1"]).checksum == "72d14ae7c77fe736")
        #expect(Migration(version: 1, name: "x", sql: ["SELECT 1", "SELECT 2"]).checksum == "14c6bf1b2ca36858")
        // The name is not part of the checksum; the statement boundaries are.
        #expect(Migration(version: 9, name: "y", sql: ["SELECT 1"]).checksum == "72d14ae7c77fe736")
        #expect(
            Migration(version: 1, name: "x", sql: ["SELECT 1SELECT 2"]).checksum
                != Migration(version: 1, name: "x", sql: ["SELECT 1", "SELECT 2"]).checksum)
    }

    @Test("the carrier domain takes any well-formed carrier id, so a new carrier needs no migration, and refuses free text")
    func carrierDomainChecksTheShapeOfAnId() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { connection in
                for id in ["usps", "dhl", "royal_mail", "dpd2"] {
                    let rows = try await connection.query("SELECT \(id)::shipwatch_carrier::text", logger: db.logger).collect()
                    #expect(try rows.first?.decode(String.self) == id)
                }
                for bad in ["", "USPS", "u", "usps ", "1dpd", "dhl;drop"] {
                    await #expect(throws: PSQLError.self, "\(bad) is not a carrier id") {
                        _ = try await connection.query("SELECT \(bad)::shipwatch_carrier", logger: db.logger).collect()
                    }
                }
            }
        }
    }

    static func exists(_ table: String, in db: Database) async throws -> Bool {
        try await db.withConnection { connection in
            let rows = try await connection.query("SELECT to_regclass(\(table)) IS NOT NULL", logger: db.logger).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }
}
