import Foundation
import Testing
@testable import ShipwatchCore

@Suite("StorePolicy: seed defaults, partial decoding and validation")
struct StorePolicyTests {
    static func decode(_ json: String) throws -> StorePolicy {
        try JSONDecoder().decode(StorePolicy.self, from: Data(json.utf8))
    }

    @Test("the default policy carries the seeds' numbers")
    func defaultsMatchSeeds() {
        let policy = StorePolicy.default
        // Seed 000: personalized products take 2–5 business days to prepare.
        #expect(policy.processingWindow == BusinessDayRange(minBusinessDays: 2, maxBusinessDays: 5))
        // Seed 002: estimated 6–12 day delivery.
        #expect(policy.deliveryWindow.domestic == DayRange(minDays: 6, maxDays: 12))
        #expect(policy.deliveryWindow.international == DayRange(minDays: 6, maxDays: 12))
        // Seed 001: seller-initiated refunds take 3–5 business days.
        #expect(policy.refundTime == BusinessDayRange(minBusinessDays: 3, maxBusinessDays: 5))
        #expect(policy.refundTime.displayText == "3–5 business days")
        // Seed 001: customs inspection → the customer chooses a refund or a reshipment with an extra phone case.
        #expect(policy.remedies[.customsStall] == .customerChoice)
        #expect(policy.remedies[.sortingStall] == .customerChoice)
        #expect(policy.compensation.displayText == "an extra phone case")
        // Seed 000: an unshipped order is refunded.
        #expect(policy.remedies[.lateDispatch] == .refund)
        // Issue 5: customs silent 3 days → watch, 7 → act.
        #expect(policy.thresholds.customsStall == EscalationThreshold(watchDays: 3, actDays: 7))
        // The international hand-off gap is tolerated longer than domestic silence.
        #expect(policy.thresholds.noMovement.internationalHandOff.watchDays > policy.thresholds.noMovement.standard.watchDays)
        #expect(policy.thresholds.noMovement.internationalHandOff.actDays == 12)
        // Seed 000: EST hours, weekends excluded.
        #expect(policy.businessCalendar.timeZoneIdentifier == "America/New_York")
        #expect(policy.businessCalendar.weekendDays == [.saturday, .sunday])
        #expect(policy.businessCalendar.holidays.isEmpty)
    }

    @Test("the default policy is valid")
    func defaultIsValid() {
        #expect(StorePolicy.default.validate() == [])
    }

    @Test("an empty document decodes to the default policy")
    func emptyDocument() throws {
        #expect(try Self.decode("{}") == StorePolicy.default)
    }

    @Test("a partial document overrides only the keys it names, at any depth")
    func partialDocument() throws {
        let policy = try Self.decode("""
            {
              "processing_window": {"min_business_days": 1, "max_business_days": 3},
              "thresholds": {"customs_stall": {"act_days": 10}, "no_movement": {"awaiting_pickup": {"watch_days": 0.5}}},
              "business_calendar": {"holidays": ["2024-12-25"]},
              "remedies": {"sorting_stall": "reshipment"},
              "compensation": {"store_credit_amount": 5}
            }
            """)
        #expect(policy.processingWindow == BusinessDayRange(minBusinessDays: 1, maxBusinessDays: 3))
        #expect(policy.thresholds.customsStall == EscalationThreshold(watchDays: 3, actDays: 10))
        #expect(policy.thresholds.noMovement.awaitingPickup == EscalationThreshold(watchDays: 0.5, actDays: 10))
        #expect(policy.thresholds.noMovement.standard == StorePolicy.default.thresholds.noMovement.standard)
        #expect(policy.thresholds.sortingStall == StorePolicy.default.thresholds.sortingStall)
        #expect(policy.businessCalendar.timeZoneIdentifier == "America/New_York")
        #expect(policy.businessCalendar.holidays == [CalendarDate(year: 2024, month: 12, day: 25)!])
        #expect(policy.remedies[.sortingStall] == .reshipment)
        #expect(policy.remedies[.customsStall] == .customerChoice)
        #expect(policy.compensation.displayText == "an extra phone case and a store credit of 5.00 USD")
        #expect(policy.messages == StorePolicy.default.messages)
    }

    @Test("an explicit null clears an optional value instead of restoring its default")
    func explicitNull() throws {
        let policy = try Self.decode(#"{"compensation": {"item": null}}"#)
        #expect(policy.compensation.item == nil)
        #expect(policy.compensation.displayText == nil)
        // The default templates offer {{compensation}}: now there is nothing to offer.
        #expect(policy.validate().map(\.keyPath) == ["messages.customer_choice", "messages.reshipment"])
    }

    @Test("a store's policy can decode over shared defaults")
    func decodeOverOtherDefaults() throws {
        var shared = StorePolicy.default
        shared.processingWindow = BusinessDayRange(minBusinessDays: 1, maxBusinessDays: 3)
        let data = Data(#"{"delivery_window": {"international": {"max_days": 20}}}"#.utf8)
        let decoded = try JSONDecoder().decode(PolicyOverShared.self, from: data, configuration: shared)
        #expect(decoded.policy.processingWindow.maxBusinessDays == 3)
        #expect(decoded.policy.deliveryWindow.international == DayRange(minDays: 6, maxDays: 20))
    }

    @Test("encoding then decoding gives the same policy, with snake_case keys and nulls kept")
    func roundTrip() throws {
        var policy = StorePolicy.default
        policy.businessCalendar.holidays = [CalendarDate(year: 2024, month: 11, day: 28)!]
        policy.remedies[.noMovement] = .none
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(policy)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"processing_window\"", "\"min_business_days\"", "\"international_hand_off\"", "\"act_after_extra_days\"",
                    "\"weekend_days\":[\"saturday\",\"sunday\"]", "\"holidays\":[\"2024-11-28\"]", "\"store_credit_amount\":null",
                    "\"no_movement\":\"none\"", "\"customer_choice\"", "\"time_zone\":\"America\\/New_York\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(try JSONDecoder().decode(StorePolicy.self, from: data) == policy)
    }

    @Test("a value of the wrong type is rejected with its key path")
    func wrongType() {
        do {
            _ = try Self.decode(#"{"thresholds": {"customs_stall": {"act_days": "seven"}}}"#)
            Issue.record("decoding should fail")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["thresholds", "customs_stall", "act_days"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a malformed holiday or an unknown remedy is rejected while decoding", arguments: [
        #"{"business_calendar": {"holidays": ["2024-02-30"]}}"#,
        #"{"remedies": {"customs_stall": "apologize"}}"#,
    ])
    func malformedValues(json: String) {
        #expect(throws: DecodingError.self) { try Self.decode(json) }
    }

    struct ValidationCase: Sendable, CustomTestStringConvertible {
        var name: String
        var mutate: @Sendable (inout StorePolicy) -> Void
        var keyPaths: [String]
        var testDescription: String { name }
    }

    @Test("validation names the key path of each impossible value", arguments: [
        ValidationCase(name: "processing max below min", mutate: { $0.processingWindow = BusinessDayRange(minBusinessDays: 5, maxBusinessDays: 2) },
                       keyPaths: ["processing_window.max_business_days"]),
        ValidationCase(name: "negative processing days", mutate: { $0.processingWindow.minBusinessDays = -1 },
                       keyPaths: ["processing_window.min_business_days"]),
        ValidationCase(name: "international delivery max below min", mutate: { $0.deliveryWindow.international = DayRange(minDays: 12, maxDays: 6) },
                       keyPaths: ["delivery_window.international.max_days"]),
        ValidationCase(name: "refund time negative", mutate: { $0.refundTime = BusinessDayRange(minBusinessDays: -3, maxBusinessDays: -1) },
                       keyPaths: ["refund_time.min_business_days", "refund_time.max_business_days"]),
        ValidationCase(name: "customs act below watch", mutate: { $0.thresholds.customsStall = EscalationThreshold(watchDays: 7, actDays: 3) },
                       keyPaths: ["thresholds.customs_stall.act_days"]),
        ValidationCase(name: "hand-off watch negative", mutate: { $0.thresholds.noMovement.internationalHandOff.watchDays = -2 },
                       keyPaths: ["thresholds.no_movement.international_hand_off.watch_days"]),
        ValidationCase(name: "never scanned act below watch", mutate: { $0.thresholds.neverScanned = BusinessDayEscalation(watchBusinessDays: 4, actBusinessDays: 2) },
                       keyPaths: ["thresholds.never_scanned.act_business_days"]),
        ValidationCase(name: "negative late dispatch allowance", mutate: { $0.thresholds.lateDispatch.actAfterExtraDays = -1 },
                       keyPaths: ["thresholds.late_dispatch.act_after_extra_days"]),
        ValidationCase(name: "not-found act not a number", mutate: { $0.thresholds.trackingNotFound.actDays = .nan },
                       keyPaths: ["thresholds.tracking_not_found.act_days"]),
        ValidationCase(name: "unknown weekday", mutate: { $0.businessCalendar.weekendDays = [.saturday, Weekday(rawValue: "Sundae")] },
                       keyPaths: ["business_calendar.weekend_days[1]"]),
        ValidationCase(name: "no business day left", mutate: { $0.businessCalendar.weekendDays = Weekday.all },
                       keyPaths: ["business_calendar.weekend_days"]),
        ValidationCase(name: "unknown time zone", mutate: { $0.businessCalendar.timeZoneIdentifier = "Mars/Olympus_Mons" },
                       keyPaths: ["business_calendar.time_zone"]),
        ValidationCase(name: "empty template", mutate: { $0.messages.refund = "  \n" },
                       keyPaths: ["messages.refund"]),
        ValidationCase(name: "unknown placeholder", mutate: { $0.messages.reshipment = "Order {{order_number}} ships again." },
                       keyPaths: ["messages.reshipment"]),
        ValidationCase(name: "unclosed placeholder", mutate: { $0.messages.customerChoice = "Order {{order_ref is late" },
                       keyPaths: ["messages.customer_choice"]),
        ValidationCase(name: "negative store credit and bad currency",
                       mutate: { $0.compensation.storeCreditAmount = -5; $0.compensation.storeCreditCurrency = "usd" },
                       keyPaths: ["compensation.store_credit_amount", "compensation.store_credit_currency"]),
    ])
    func validation(_ example: ValidationCase) {
        var policy = StorePolicy.default
        example.mutate(&policy)
        let problems = policy.validate()
        #expect(problems.map(\.keyPath) == example.keyPaths)
        #expect(problems.allSatisfy { !$0.message.isEmpty })
    }

    @Test("problems read as key path and message, and nest under an outer key")
    func problemText() throws {
        var policy = StorePolicy.default
        policy.thresholds.customsStall = EscalationThreshold(watchDays: 7, actDays: 3)
        let problem = try #require(policy.validate().first)
        #expect(problem.description == "thresholds.customs_stall.act_days: must not be below watch_days (3.0 < 7.0)")
        #expect(problem.under("stores.jewelry.policy").keyPath == "stores.jewelry.policy.thresholds.customs_stall.act_days")
    }

    @Test("weekday names are case-insensitive and unknown ones are kept for validation")
    func weekdayDecoding() throws {
        let policy = try Self.decode(#"{"business_calendar": {"weekend_days": ["Friday", "SATURDAY", "funday"]}}"#)
        #expect(policy.businessCalendar.weekendDays == [.friday, .saturday, Weekday(rawValue: "funday")])
        #expect(policy.validate().map(\.keyPath) == ["business_calendar.weekend_days[2]"])
    }
}

/// Decodes a store's policy over shared defaults handed in as the decoding configuration.
private struct PolicyOverShared: DecodableWithConfiguration {
    var policy: StorePolicy

    init(from decoder: any Decoder, configuration: StorePolicy) throws {
        policy = try StorePolicy(from: decoder, over: configuration)
    }
}
