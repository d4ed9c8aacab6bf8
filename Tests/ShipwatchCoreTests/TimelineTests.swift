import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Timeline: identity, merge, order and derived status")
struct TimelineTests {
    static func event(
        _ milestone: Milestone,
        _ wall: String,
        offset: Int? = 0,
        confidence: ZoneConfidence = .exact,
        code: String = "X",
        city: String = "Memphis",
        description: String = "scan",
        sequence: Int = 0
    ) -> ScanEvent {
        let stamp = CarrierTimestamp.parse(wall)!
        return ScanEvent(
            occurredAt: stamp.local.instant(utcOffsetSeconds: offset ?? 0),
            localTime: stamp.local,
            utcOffsetSeconds: offset,
            zoneConfidence: confidence,
            location: EventLocation(city: city, region: "TN", countryCode: "us"),
            carrierCode: code,
            description: description,
            milestone: milestone,
            raw: "{}",
            carrierSequence: sequence
        )
    }

    @Test("the same scan re-sent is merged once")
    func resent() {
        var timeline = Timeline(events: [Self.event(.accepted, "2024-11-20T10:00:00", code: "OR")])
        let added = timeline.merge([Self.event(.accepted, "2024-11-20T10:00:00", code: "OR")])
        #expect(added.isEmpty)
        #expect(timeline.events.count == 1)
    }

    @Test("a re-worded scan keeps its identity")
    func reworded() {
        let original = Self.event(.sortArrived, "2024-11-20T10:00:00", code: "AR", description: "Arrived at Facility")
        let reworded = Self.event(.sortArrived, "2024-11-20T10:00:41", code: "ar", city: "MEMPHIS,", description: "ARRIVED AT FEDEX LOCATION")
        #expect(original.identityKey == reworded.identityKey)
        let timeline = Timeline(events: [original, reworded])
        #expect(timeline.events.count == 1)
    }

    @Test("a scan re-timed by a zone mistake keeps its identity, and the exact copy wins")
    func zoneMistake() {
        let assumed = Self.event(.sortArrived, "2024-11-20T10:00:00", offset: nil, confidence: .assumed, code: "AF")
        let exact = Self.event(.sortArrived, "2024-11-20T10:00:00", offset: 3_600, confidence: .exact, code: "AF")
        #expect(assumed.occurredAt != exact.occurredAt)
        var timeline = Timeline(events: [assumed])
        let added = timeline.merge([exact])
        #expect(added.isEmpty)
        #expect(timeline.events.count == 1)
        #expect(timeline.events[0].zoneConfidence == .exact)
        #expect(timeline.events[0].occurredAt == exact.occurredAt)
    }

    @Test("distinct scans at the same minute with different codes are kept")
    func distinctCodes() {
        let timeline = Timeline(events: [
            Self.event(.sortArrived, "2024-11-20T10:00:00", code: "AR"),
            Self.event(.sortDeparted, "2024-11-20T10:00:00", code: "DP"),
        ])
        #expect(timeline.events.count == 2)
    }

    @Test("events without a code are told apart by their description")
    func codelessEvents() {
        let timeline = Timeline(events: [
            Self.event(.customsInProgress, "2024-11-20T10:00:00", code: "", description: "Inbound Into Customs"),
            Self.event(.customsReleased, "2024-11-20T10:00:00", code: "", description: "Inbound Out of Customs"),
        ])
        #expect(timeline.events.count == 2)
    }

    @Test("order: UTC instant first, even when wall times say otherwise")
    func orderByInstant() {
        // 09:00 in Berlin (+01:00) is 08:00Z; 04:00 in New York (-05:00) is 09:00Z.
        let berlin = Self.event(.sortDeparted, "2024-11-20T09:00:00", offset: 3_600, code: "DF", city: "Berlin")
        let newYork = Self.event(.sortArrived, "2024-11-20T04:00:00", offset: -18_000, code: "AF", city: "New York")
        let timeline = Timeline(events: [newYork, berlin])
        #expect(timeline.events.map(\.carrierCode) == ["DF", "AF"])
    }

    @Test("order: equal instants fall back to the carrier's own order")
    func orderByCarrierSequence() {
        let first = Self.event(.delivered, "2024-11-20T10:00:00", code: "D", sequence: 1)
        let second = Self.event(.outForDelivery, "2024-11-20T10:00:00", code: "OFD", sequence: 0)
        let timeline = Timeline(events: [first, second])
        #expect(timeline.events.map(\.carrierCode) == ["OFD", "D"])
        #expect(timeline.derivedStatus == .delivered)
    }

    struct StatusCase: Sendable, CustomTestStringConvertible {
        let name: String
        let milestones: [Milestone]
        let status: Milestone?
        var testDescription: String { name }
    }

    static let statusCases: [StatusCase] = [
        .init(name: "no events", milestones: [], status: nil),
        .init(name: "label only", milestones: [.labelCreated], status: .labelCreated),
        .init(name: "info never overrides", milestones: [.labelCreated, .accepted, .info], status: .accepted),
        .init(name: "unknown never overrides", milestones: [.accepted, .sortArrived, .unknown], status: .sortArrived),
        .init(name: "only info", milestones: [.info], status: .unknown),
        .init(name: "customs held", milestones: [.accepted, .customsExport, .customsInProgress, .customsHeld], status: .customsHeld),
        .init(name: "released then moving", milestones: [.customsHeld, .customsReleased, .inTransit], status: .inTransit),
        .init(name: "delivered", milestones: [.accepted, .outForDelivery, .delivered, .info], status: .delivered),
        .init(name: "returning", milestones: [.accepted, .exception, .returnToSender], status: .returnToSender),
    ]

    @Test("derived status is the latest meaningful milestone", arguments: statusCases)
    func derivedStatus(_ testCase: StatusCase) {
        let events = testCase.milestones.enumerated().map { index, milestone in
            Self.event(milestone, "2024-11-2\(index)T10:00:00", code: "C\(index)")
        }
        let timeline = Timeline(events: events.reversed())
        #expect(timeline.derivedStatus == testCase.status)
        #expect((timeline.deliveredAt != nil) == (testCase.status == .delivered))
    }
}
