import CarrierDHL
import Foundation
import Testing
@testable import ShipwatchCore

@Suite("RuleEngine: resolution, determinism, order of scans, remedies")
struct RuleEngineTests {
    typealias F = RulesFixture

    static let stuckInCustoms = [
        F.scan(.accepted, -2, city: "Shenzhen", country: "CN"),
        F.scan(.customsExport, -1, city: "Shenzhen", country: "CN"),
        F.scan(.customsInProgress, 0, city: "Jamaica"),
        F.scan(.customsHeld, 1, city: "Jamaica", code: "RZ", description: "Pending release from a government agency"),
    ]

    @Test("a parcel that moves again: the finding is gone at the next evaluation")
    func movesAgain() {
        var timeline = Timeline(events: Self.stuckInCustoms)
        let facts = F.facts()
        let policy = F.policy()
        let before = RuleEngine.evaluate(timeline: timeline, facts: facts, policy: policy, now: F.days(8, after: F.t0))
        #expect(before.verdicts == [RuleVerdict(.customsStall, .act)])
        timeline.merge([F.scan(.customsReleased, 8.1, city: "Jamaica"), F.scan(.inTransit, 8.3, city: "Newark")])
        let after = RuleEngine.evaluate(timeline: timeline, facts: facts, policy: policy, now: F.days(8.5, after: F.t0))
        #expect(after.isEmpty)
    }

    @Test("delivery after a finding: no findings remain")
    func deliveredAfterFinding() {
        var timeline = Timeline(events: [F.scan(.sortArrived, 0)])
        #expect(RuleEngine.evaluate(timeline: timeline, facts: F.facts(), policy: F.policy(), now: F.days(6, after: F.t0)).verdicts
            == [RuleVerdict(.sortingStall, .act)])
        timeline.merge([F.scan(.outForDelivery, 6.2, city: "Austin"), F.scan(.delivered, 6.5, city: "Austin")])
        #expect(RuleEngine.evaluate(timeline: timeline, facts: F.facts(), policy: F.policy(), now: F.days(40, after: F.t0)).isEmpty)
    }

    @Test("repeated evaluation gives identical findings, one per rule")
    func deterministic() {
        let facts = F.facts(shippedAt: F.days(-5, after: F.t0))
        let now = F.days(9, after: F.t0)
        let first = F.evaluate(Self.stuckInCustoms, facts: facts, now: now)
        let second = F.evaluate(Self.stuckInCustoms, facts: facts, now: now)
        #expect(first == second)
        #expect(first.verdicts == [RuleVerdict(.customsStall, .act), RuleVerdict(.deliveryWindowExceeded, .watch)])
        #expect(Set(first.map(\.dedupeKey)).count == first.count)
    }

    @Test("scans arriving out of order give the same findings as in order")
    func outOfOrder() {
        let now = F.days(8, after: F.t0)
        let inOrder = F.evaluate(Self.stuckInCustoms, now: now)
        let reversed = F.evaluate(Self.stuckInCustoms.reversed(), now: now)
        let shuffled = F.evaluate([Self.stuckInCustoms[2], Self.stuckInCustoms[0], Self.stuckInCustoms[3], Self.stuckInCustoms[1]], now: now)
        #expect(inOrder == reversed)
        #expect(inOrder == shuffled)
    }

    @Test("a late-arriving older scan does not reset a stall clock")
    func lateOlderScan() throws {
        var timeline = Timeline(events: [F.scan(.inTransit, 0, city: "Newark")])
        timeline.merge([F.scan(.sortDeparted, -1, city: "Jamaica")])
        let finding = try #require(
            RuleEngine.evaluate(timeline: timeline, facts: F.facts(), policy: F.policy(), now: F.days(3, after: F.t0)).first)
        #expect(finding.stage == .inTransit)
        #expect(finding.measuredSince == F.t0)
        #expect(finding.severity == .watch)
    }

    @Test("an act finding carries the store's remedy with a drafted message")
    func remedyProposal() throws {
        let finding = try #require(F.evaluate(Self.stuckInCustoms, now: F.days(8, after: F.t0)).first)
        let remedy = try #require(finding.remedy)
        #expect(remedy.kind == .customerChoice)
        #expect(remedy.compensation == "an extra phone case")
        #expect(remedy.customerMessage.contains(
            "your order PC-1042 (UPS tracking number 1Z999AA10123456784): it has been held up in customs for 8 days."))
        #expect(remedy.customerMessage.contains("a reshipment of your order with an extra phone case as compensation"))
        #expect(!remedy.customerMessage.contains("{{"))
    }

    @Test("watch findings carry no remedy")
    func watchHasNoRemedy() throws {
        let finding = try #require(F.evaluate(Self.stuckInCustoms, now: F.days(4, after: F.t0)).first)
        #expect(finding.severity == .watch)
        #expect(finding.remedy == nil)
    }

    @Test("a rule whose preference is none raises the finding without a proposal")
    func preferenceNone() throws {
        var policy = F.policy()
        policy.remedies[.customsStall] = .none
        let finding = try #require(F.evaluate(Self.stuckInCustoms, policy: policy, now: F.days(8, after: F.t0)).first)
        #expect(finding.severity == .act)
        #expect(finding.remedy == nil)
    }

    @Test("the remedy follows each rule's preference", arguments: [
        (RemedyPreference.refund, RemedyKind.refund, String?.none),
        (.reshipment, .reshipment, "an extra phone case"),
        (.customerChoice, .customerChoice, "an extra phone case"),
    ])
    func preferences(preference: RemedyPreference, kind: RemedyKind, compensation: String?) throws {
        var policy = F.policy()
        policy.remedies[.customsStall] = preference
        let remedy = try #require(F.evaluate(Self.stuckInCustoms, policy: policy, now: F.days(8, after: F.t0)).first?.remedy)
        #expect(remedy.kind == kind)
        #expect(remedy.compensation == compensation)
    }

    @Test("an unshipped late order is refunded, quoting the refund time")
    func lateDispatchRefund() throws {
        let facts = F.facts(orderedAt: F.instant("2024-11-01T19:00:00Z"))
        let finding = try #require(F.evaluate([], facts: facts, policy: F.policy(zone: "America/New_York"), now: F.instant("2024-11-13T05:00:00Z")).first)
        let remedy = try #require(finding.remedy)
        #expect(remedy.kind == .refund)
        #expect(remedy.compensation == nil)
        #expect(remedy.customerMessage.contains("it has not shipped yet, 7 business days after you ordered."))
        #expect(remedy.customerMessage.contains("within 3–5 business days."))
    }

    @Test("with no scan at all, not-found outranks late dispatch for the remedy")
    func oneRemedyPerShipment() {
        let facts = F.facts(orderedAt: F.instant("2024-10-01T12:00:00Z"), notFoundSince: F.instant("2024-10-20T12:00:00Z"))
        let findings = F.evaluate([], facts: facts, now: F.instant("2024-11-01T12:00:00Z"))
        #expect(findings.verdicts == [RuleVerdict(.lateDispatch, .act), RuleVerdict(.trackingNotFound, .act)])
        #expect(findings.map { $0.remedy?.kind } == [nil, .customerChoice])
    }

    @Test("templates render every placeholder and keep unknown ones visible")
    func templateRendering() throws {
        var policy = F.policy()
        policy.compensation = Compensation(item: "a free charm", storeCreditAmount: 5, storeCreditCurrency: "EUR")
        policy.messages.customerChoice =
            "{{ order_ref }}|{{carrier}}|{{tracking_number}}|{{stage}}|{{days}}|{{reason}}|{{compensation}}|{{refund_time}}|{{nope}}"
        let remedy = try #require(F.evaluate(Self.stuckInCustoms, policy: policy, now: F.days(7.9, after: F.t0)).first?.remedy)
        #expect(remedy.customerMessage == "PC-1042|UPS|1Z999AA10123456784|held in customs|7|has been held up in customs for 7 days"
            + "|a free charm and a store credit of 5.00 EUR|3–5 business days|{{nope}}")
        #expect(remedy.compensation == "a free charm and a store credit of 5.00 EUR")
    }

    @Test("the dedupe key names store, carrier, tracking number and rule")
    func dedupeKey() throws {
        let finding = try #require(F.evaluate(Self.stuckInCustoms, now: F.days(8, after: F.t0)).first)
        #expect(finding.dedupeKey == "phonecases|ups|1Z999AA10123456784|customs_stall")
    }

    @Test("facts come from a stored shipment plus what the row lacks")
    func factsFromShipment() {
        let shipment = Shipment(
            id: 7, store: "jewelry", orderRef: "J-9", carrier: .dhl, trackingNumber: "1234567890",
            orderedAt: F.t0, shippedAt: F.days(1, after: F.t0), destinationCountry: " de ", createdAt: F.t0)
        let facts = ShipmentFacts(shipment: shipment, carrierName: "DHL", originCountry: "us", notFoundSince: F.days(2, after: F.t0))
        #expect(facts.store == "jewelry")
        #expect(facts.destinationCountry == "DE")
        #expect(facts.originCountry == "US")
        #expect(facts.shippedAt == F.days(1, after: F.t0))
        #expect(facts.notFoundSince == F.days(2, after: F.t0))
    }

    @Test("findings encode with snake_case keys")
    func findingCoding() throws {
        let finding = try #require(F.evaluate(Self.stuckInCustoms, now: F.days(8, after: F.t0)).first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(finding), as: UTF8.self)
        for key in ["\"rule\":\"customs_stall\"", "\"severity\":\"act\"", "\"stage\":\"customs_held\"", "\"carrier_declared_delay\":false",
                    "\"customer_message\"", "\"event_key\"", "\"measured_since\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(try JSONDecoder().decode(Finding.self, from: encoder.encode(finding)) == finding)
    }
}
