@testable import CarrierSimulator
import Testing

@Suite("Scenario specs")
struct ScenarioSpecTests {
    @Test(
        "every spelling parses to its scenario",
        arguments: [
            ("domestic_delivered", Scenario.domesticDelivered),
            ("delivered", .domesticDelivered),
            ("in_transit", .inTransit),
            ("moving", .inTransit),
            ("international_customs", .internationalThroughCustoms),
            ("international", .internationalThroughCustoms),
            ("customs_stall:9", .customsStall(days: 9)),
            ("customs_stall", .customsStall(days: 8)),
            ("sorting_stall:4", .sortingStall(days: 4)),
            ("sorting_stall", .sortingStall(days: 6)),
            ("never_scanned:2", .neverScanned(days: 2)),
            ("never_scanned", .neverScanned(days: 5)),
            ("delivery_exception", .deliveryException),
            ("exception", .deliveryException),
            ("return_to_sender", .returnToSender),
            ("returned", .returnToSender),
            ("not_found", .notFound),
            ("late_found:3", .lateFound(hours: 3)),
            ("late_found", .lateFound(hours: 2)),
            ("  Customs_Stall:12 ", .customsStall(days: 12)),
            ("NOT_FOUND", .notFound),
        ]
    )
    func parses(spec: String, expected: Scenario) {
        #expect(Scenario(spec: spec) == expected)
    }

    @Test(
        "malformed specs are rejected",
        arguments: [
            "",
            ":",
            "warp_speed",
            "customs_stall:0",
            "customs_stall:-3",
            "customs_stall:x",
            "customs_stall:",
            "customs_stall:9:1",
            "customs_stall:2.5",
            "late_found:0",
            "delivered:3",
            "not_found:1",
            "in transit",
        ]
    )
    func rejects(spec: String) {
        #expect(Scenario(spec: spec) == nil)
    }

    @Test(
        "a scenario's description parses back to itself",
        arguments: [
            Scenario.domesticDelivered, .inTransit, .internationalThroughCustoms, .customsStall(days: 9),
            .sortingStall(days: 3), .neverScanned(days: 7), .deliveryException, .returnToSender, .notFound,
            .lateFound(hours: 5),
        ]
    )
    func roundTrips(scenario: Scenario) {
        #expect(Scenario(spec: scenario.description) == scenario)
    }

    @Test("descriptions are the documented spellings")
    func descriptions() {
        #expect(Scenario.customsStall(days: 9).description == "customs_stall:9")
        #expect(Scenario.lateFound(hours: 4).description == "late_found:4")
        #expect(Scenario.internationalThroughCustoms.description == "international_customs")
        #expect(Scenario.domesticDelivered.description == "domestic_delivered")
    }
}
