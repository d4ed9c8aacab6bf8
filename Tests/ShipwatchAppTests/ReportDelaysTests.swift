import Foundation
@testable import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Report delays")
struct ReportDelaysTests {
    static let findingKeys: Set<String> = [
        "store", "order_ref", "carrier", "tracking_number", "rule", "severity", "stage", "last_event_at",
        "days_since_last_event", "last_location", "remedy",
    ]

    /// Customs (act, with a proposal) in both stores, a sorting stall (watch) in phonecases, a healthy parcel.
    static func populate(_ db: Database) async throws -> EvaluateFixtures.World {
        let world = try await EvaluateFixtures.World(db)
        _ = try await world.add(store: "phonecases", destination: "DE", shippedDaysAgo: 10, EvaluateFixtures.customs(daysAgo: 8))
        _ = try await world.add(store: "charms", destination: "DE", shippedDaysAgo: 11, EvaluateFixtures.customs(daysAgo: 9))
        _ = try await world.add(store: "phonecases", destination: "US", shippedDaysAgo: 4, [
            EvaluateFixtures.scan(.accepted, daysAgo: 4, "Seattle"), EvaluateFixtures.scan(.sortArrived, daysAgo: 3, "Chicago"),
        ])
        _ = try await world.add(store: "phonecases", destination: "US", shippedDaysAgo: 1, [
            EvaluateFixtures.scan(.accepted, daysAgo: 1, "Seattle"), EvaluateFixtures.scan(.sortArrived, daysAgo: 0.5, "Portland"),
        ])
        _ = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
        return world
    }

    static func render(_ world: EvaluateFixtures.World, store: String? = nil, format: OutputFormat, output: String? = nil) async throws -> String {
        try await DelayReportAction(context: world.context)
            .render(store: store, format: format, output: output, database: world.database, now: EvaluateFixtures.now)
    }

    @Test func jsonHasExactlyTheContractedFields() async throws {
        try await withTestDatabase { db in
            let world = try await Self.populate(db)
            let text = try await Self.render(world, format: .json)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(Set(root.keys) == ["generated_at", "findings", "summary"])
            #expect(root["generated_at"] as? String == "2024-12-18T00:00:00Z")
            let findings = try #require(root["findings"] as? [[String: Any]])
            #expect(findings.count == 3)
            for finding in findings { #expect(Set(finding.keys) == Self.findingKeys) }

            // Act first, longest silence first: charms' customs (9 days), phonecases' customs (8), then the sorting watch.
            #expect(findings.map { $0["rule"] as? String } == ["customs_stall", "customs_stall", "sorting_stall"])
            #expect(findings.map { $0["store"] as? String } == ["charms", "phonecases", "phonecases"])
            let first = findings[0]
            #expect(first["severity"] as? String == "act")
            #expect(first["stage"] as? String == "customs_in_progress")
            #expect(first["days_since_last_event"] as? Double == 9)
            #expect(first["last_location"] as? String == "Frankfurt, DE")
            #expect(first["carrier"] as? String == "ups")
            let remedy = try #require(first["remedy"] as? [String: Any])
            #expect(Set(remedy.keys) == ["kind", "compensation", "status"])
            #expect(remedy["kind"] as? String == "reshipment")
            #expect(remedy["compensation"] as? String == "a free charm")
            #expect(remedy["status"] as? String == "proposed")
            #expect(findings[2]["remedy"] is NSNull)

            // The directly written document is the one DelayReport's Encodable conformance describes.
            let report = try await DelayReportAction(context: world.context)
                .report(store: nil, database: world.database, now: EvaluateFixtures.now)
            let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? NSDictionary
            #expect(encoded == (root as NSDictionary))

            let summary = try #require(root["summary"] as? [String: Any])
            #expect(summary["total"] as? Int == 3)
            #expect(summary["act"] as? Int == 2)
            let byRule = try #require(summary["by_rule"] as? [[String: Any]])
            #expect(byRule.map { $0["key"] as? String } == ["customs_stall", "sorting_stall"])
            #expect(byRule.first?["total"] as? Int == 2)
        }
    }

    @Test func csvHeaderAndQuoting() async throws {
        try await withTestDatabase { db in
            let world = try await Self.populate(db)
            let text = try await Self.render(world, format: .csv)
            let lines = text.components(separatedBy: "\r\n")
            #expect(lines.first == "store,order_ref,carrier,tracking_number,rule,severity,stage,last_event_at,days_since_last_event,"
                + "last_location,remedy_kind,remedy_compensation,remedy_status")
            #expect(lines.count == 5)  // header, three rows, and the empty string after the last CRLF
            #expect(lines[1].hasPrefix("charms,ORD-charms-2,ups,"))
            #expect(lines[1].contains(",\"Frankfurt, DE\",reshipment,a free charm,proposed"))
            #expect(lines[3].hasSuffix(",,,"))
        }
    }

    @Test func storeFilterTableAndNoEmails() async throws {
        try await withTestDatabase { db in
            let world = try await Self.populate(db)
            let charms = try await Self.render(world, store: "charms", format: .json)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(charms.utf8)) as? [String: Any])
            let findings = try #require(root["findings"] as? [[String: Any]])
            #expect(findings.map { $0["store"] as? String } == ["charms"])

            let table = try await Self.render(world, format: .table)
            #expect(table.contains("3 open finding(s), 2 act, 1 watch"))
            #expect(table.contains("BY RULE"))
            #expect(table.contains("BY CARRIER"))
            let lines = table.components(separatedBy: "\n")
            let firstAct = try #require(lines.firstIndex { $0.hasPrefix("act ") })
            let firstWatch = try #require(lines.firstIndex { $0.hasPrefix("watch ") })
            #expect(firstAct < firstWatch)

            for format in OutputFormat.allCases {
                #expect(!(try await Self.render(world, format: format)).contains("@example.com"))
            }
            await #expect(throws: ShipwatchFailure.self) {
                _ = try await Self.render(world, store: "nosuchstore", format: .table)
            }
        }
    }

    @Test func writesToAFile() async throws {
        try await withTestDatabase { db in
            let world = try await Self.populate(db)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("delays-\(UUID().uuidString).csv").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let message = try await Self.render(world, format: .csv, output: path)
            #expect(message == "wrote 3 open finding(s) to \(path)")
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written.hasPrefix("store,order_ref,"))
        }
    }

    @Test func emptyReport() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            #expect(try await Self.render(world, format: .table).hasPrefix("no open findings"))
            let root = try #require(
                try JSONSerialization.jsonObject(with: Data(try await Self.render(world, format: .json).utf8)) as? [String: Any])
            #expect((root["findings"] as? [Any])?.isEmpty == true)
        }
    }
}

@Suite("Report CSV fields")
struct ReportCSVFieldTests {
    @Test(arguments: [
        ("plain", "plain"), ("Frankfurt, DE", "\"Frankfurt, DE\""), ("a \"quoted\" word", "\"a \"\"quoted\"\" word\""),
        ("line\nbreak", "\"line\nbreak\""), ("cr\r", "\"cr\r\""), ("Zürich", "Zürich"), ("", ""),
    ])
    func quoting(_ value: String, _ expected: String) {
        #expect(CSVWriter.field(value) == expected)
    }
}
