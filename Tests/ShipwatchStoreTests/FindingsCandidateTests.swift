import CarrierCatalog
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Findings candidates")
struct FindingsCandidateTests {
    /// Evaluation instant: ten days after the fixtures' reference instant (shipped dates are one day after it).
    static let now = StoreFixtures.referenceInstant.addingTimeInterval(240 * 3_600)

    static func scan(_ milestone: Milestone, _ hours: Double, _ city: String, country: String = "US", sequence: Int = 0) -> ScanEvent {
        StoreFixtures.scan(milestone, code: String(milestone.rawValue.prefix(3)).uppercased(), hours: hours, city: city, country: country, sequence: sequence)
    }

    /// Timelines by name; whether a rule fires for them is decided by the rule engine, not here.
    static let timelines: [(name: String, events: [ScanEvent])] = [
        ("moving", [
            scan(.labelCreated, 200, "Los Angeles"), scan(.accepted, 205, "Los Angeles"), scan(.sortArrived, 220, "Chicago"),
            scan(.sortDeparted, 222, "Chicago"), scan(.inTransit, 230, "Denver"), scan(.sortArrived, 236, "Dallas"),
        ]),
        ("moving briefly", [scan(.accepted, 230, "Reno"), scan(.sortArrived, 235, "Reno")]),
        ("out for delivery", [scan(.sortArrived, 150, "Boston"), scan(.sortDeparted, 200, "Boston"), scan(.outForDelivery, 238, "Boston")]),
        ("delivered", [scan(.sortArrived, 100, "Boston"), scan(.delivered, 200, "Boston")]),
        ("customs", [
            scan(.customsInProgress, 100, "Frankfurt", country: "DE"), scan(.customsHeld, 200, "Frankfurt", country: "DE"),
            scan(.info, 235, "Frankfurt", country: "DE"),
        ]),
        ("accepted twice at one place", [scan(.accepted, 150, "Memphis"), scan(.accepted, 230, "Memphis")]),
        ("delay in the stay", [scan(.sortArrived, 220, "Reno"), scan(.delayed, 230, "Reno"), scan(.sortProcessed, 235, "Reno")]),
        ("returning", [scan(.returnToSender, 200, "Reno"), scan(.inTransit, 230, "Ogden"), scan(.sortArrived, 236, "Boise")]),
        ("informational scan after a stall", [scan(.sortArrived, 150, "Chicago"), scan(.info, 238, "Chicago")]),
        ("non-ASCII facility", [scan(.sortArrived, 150, "Münster", country: "DE"), scan(.sortProcessed, 235, "MÜNSTER", country: "DE")]),
        ("case-different facility", [scan(.sortArrived, 150, "chicago"), scan(.sortProcessed, 235, "CHICAGO")]),
        // Selected (its only key after the cutoff also occurs before it) although its stay began after the cutoff.
        ("A-B-A", [scan(.inTransit, 100, "Omaha"), scan(.sortArrived, 150, "Lincoln"), scan(.inTransit, 236, "Omaha")]),
        ("customs at two places", [
            scan(.customsInProgress, 100, "Leipzig", country: "DE"), scan(.customsHeld, 236, "Frankfurt", country: "DE"),
        ]),
        ("one facility then another", [scan(.sortArrived, 150, "Reno"), scan(.sortArrived, 236, "Boise")]),
        ("no scans", []),
    ]

    @Test func everyShipmentLeftOutYieldsNoFinding() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(Self.timelines.count, in: db)
            let ingest = EventIngest(database: db)
            for (id, timeline) in zip(ids, Self.timelines) where !timeline.events.isEmpty {
                _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: timeline.events)])
            }
            let candidates = EvaluationCandidates(database: db, cutoffs: CandidateCutoffs(policies: [StorePolicy.default]))
            let page = try #require(try await candidates.page(after: 0, limit: 1_000, now: Self.now))
            #expect(page.scanned == ids.count)
            #expect(try await candidates.page(after: page.lastID, limit: 1_000, now: Self.now) == nil)
            let selected = Set(page.shipmentIDs)
            let names = Dictionary(uniqueKeysWithValues: zip(ids, Self.timelines.map(\.name)))

            // The property: a shipment with a finding is always selected.
            let inputs = try await EvaluationInputLoader(database: db).load(shipmentIDs: ids)
            var firing: Set<String> = []
            for input in inputs {
                let findings = RuleEngine.evaluate(
                    timeline: Timeline(events: input.events), facts: input.facts(carrierName: CarrierCatalog.roster.displayName(of: input.shipment.carrier)), policy: .default, now: Self.now)
                let name = names[input.shipment.id] ?? "?"
                if !findings.isEmpty { firing.insert(name) }
                #expect(findings.isEmpty || selected.contains(input.shipment.id), "\(name) fires \(findings.map(\.rule)) but was left out")
            }
            // The cases above exercise each arm of the argument: these do fire…
            #expect(firing.isSuperset(of: [
                "customs", "accepted twice at one place", "delay in the stay", "returning", "informational scan after a stall",
                "non-ASCII facility", "case-different facility", "customs at two places",
            ]))
            // …and the healthy ones are left out (the filter is not "everything").
            let leftOut = Set(ids.filter { !selected.contains($0) }.compactMap { names[$0] })
            #expect(leftOut == ["moving", "moving briefly", "out for delivery", "delivered", "one facility then another"])
        }
    }

    @Test func openFindingsDeliveredAndRetiredShipments() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let ingest = EventIngest(database: db)
            for id in ids {
                _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [Self.scan(.sortArrived, 100, "Reno"), Self.scan(.delivered, 200, "Reno")])])
            }
            // A delivered shipment with an open finding is selected, so the finding can resolve.
            _ = try await FindingRepository(database: db).reconcile(evaluated: [ids[0]], findings: [FindingsFixtures.record(ids[0], .sortingStall, .act)])
            let candidates = EvaluationCandidates(database: db, cutoffs: CandidateCutoffs(policies: [StorePolicy.default]))
            #expect(try await candidates.page(after: 0, limit: 10, now: Self.now)?.shipmentIDs == [ids[0]])
            // `since` narrows the page to shipments updated since then.
            #expect(try await candidates.page(after: 0, limit: 10, since: Date().addingTimeInterval(3_600), now: Self.now)?.shipmentIDs == [])
        }
    }

    @Test func cutoffsAreTheSmallestOverThePolicies() {
        var strict = StorePolicy.default
        strict.thresholds.noMovement.standard = EscalationThreshold(watchDays: 1, actDays: 2)
        strict.deliveryWindow.international = DayRange(minDays: 3, maxDays: 5)
        let cutoffs = CandidateCutoffs(policies: [StorePolicy.default, strict])
        #expect(cutoffs == CandidateCutoffs(stallWatchDays: 1, deliveryMaxDays: 5))
        #expect(CandidateCutoffs(policies: [StorePolicy.default]) == CandidateCutoffs(stallWatchDays: 2, deliveryMaxDays: 12))
    }
}
