import Foundation
import ShipwatchCore
import Testing

@Suite("The location → zone table")
struct LocationZoneTests {
    @Test("every zone the table names exists in the system's tz database")
    func everyIdentifierResolves() {
        let names = LocationZone.allIdentifiers
        #expect(names.count > 200)
        for name in names { #expect(TimeZone(identifier: name) != nil, "\(name)") }
    }

    @Test("a single-zone country decides alone; a multi-zone country needs its state or city")
    func multiZoneCountriesNeedMore() {
        #expect(LocationZone.identifier(for: EventLocation(city: "LEIPZIG", countryCode: "DE")) == "Europe/Berlin")
        #expect(LocationZone.identifier(for: EventLocation(countryCode: "US")) == nil)
        #expect(LocationZone.identifier(for: EventLocation(region: "TN", countryCode: "US")) == "America/Chicago")
        #expect(LocationZone.identifier(for: EventLocation(city: "Knoxville", region: "TN", countryCode: "US")) == "America/New_York")
        #expect(LocationZone.identifier(for: EventLocation(city: "EL PASO", region: "TX", countryCode: "US")) == "America/Denver")
        #expect(LocationZone.identifier(for: EventLocation(city: "CINCINNATI HUB", region: "OH", countryCode: "US")) == "America/New_York")
        #expect(LocationZone.identifier(for: EventLocation(region: "QLD", countryCode: "AU")) == "Australia/Brisbane")
        #expect(LocationZone.identifier(for: EventLocation(countryCode: "RU")) == nil)
        #expect(LocationZone.identifier(for: EventLocation(city: "Yekaterinburg", countryCode: "RU")) == "Asia/Yekaterinburg")
    }

    @Test("a repeated fall-back hour takes the summer reading; a skipped spring hour the offset before the jump")
    func daylightSavingEdges() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let repeated = try #require(LocalDateTime(year: 2023, month: 10, day: 29, hour: 2, minute: 30))
        #expect(LocationZone.offset(of: repeated, in: berlin) == 7_200)
        let skipped = try #require(LocalDateTime(year: 2023, month: 3, day: 26, hour: 2, minute: 30))
        #expect(LocationZone.offset(of: skipped, in: berlin) == 3_600)
        let summer = try #require(LocalDateTime(year: 2023, month: 7, day: 1, hour: 12))
        #expect(LocationZone.offset(of: summer, in: berlin) == 7_200)
    }
}

@Suite("Placing wall times without an offset")
struct ScanTimePlacerTests {
    private func time(_ day: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(year: 2024, month: 8, day: day, hour: hour, minute: minute)!
    }

    @Test("a carrier's own offset is kept; a known country gives zone_inferred")
    func offsetsAndCountries() {
        var placer = ScanTimePlacer()
        let placed = placer.place([
            .init(local: time(15, 9), utcOffsetSeconds: -18_000, location: EventLocation(countryCode: "US")),
            .init(local: time(15, 18), utcOffsetSeconds: nil, location: EventLocation(city: "Leipzig", countryCode: "DE")),
        ])
        #expect(placed.map(\.confidence) == [.exact, .zoneInferred])
        #expect(placed[1].utcOffsetSeconds == 7_200)
        #expect(placed[1].instant == time(15, 16).instant(utcOffsetSeconds: 0))
    }

    @Test("an unknown place borrows the offset of a scan at the same place, else of the same country")
    func neighbours() {
        var placer = ScanTimePlacer()
        let memphis = EventLocation(city: "Memphis", countryCode: "US")
        let placed = placer.place([
            .init(local: time(15, 9), utcOffsetSeconds: -18_000, location: memphis),
            .init(local: time(15, 11), utcOffsetSeconds: nil, location: memphis),
            .init(local: time(15, 12), utcOffsetSeconds: nil, location: EventLocation(city: "Nowhere", countryCode: "US")),
            .init(local: time(15, 13), utcOffsetSeconds: nil, location: EventLocation(city: "Nowhere", countryCode: "KZ")),
        ])
        #expect(placed.map(\.confidence) == [.exact, .zoneInferred, .neighbour, .assumed])
        #expect(placed[2].utcOffsetSeconds == -18_000)
        #expect(placed[3].utcOffsetSeconds == nil)
    }

    @Test("a guessed instant never sorts before a scan the carrier lists earlier, nor after one it lists later")
    func carrierOrderWinsOverGuesses() {
        var placer = ScanTimePlacer()
        let placed = placer.place([
            .init(local: time(15, 22), utcOffsetSeconds: 0, location: EventLocation(countryCode: "GB")),
            // "06:00" taken as UTC would be 16 hours before the first scan.
            .init(local: time(15, 6), utcOffsetSeconds: nil, location: EventLocation()),
            .init(local: time(16, 23), utcOffsetSeconds: nil, location: EventLocation()),
            .init(local: time(16, 1), utcOffsetSeconds: 0, location: EventLocation(countryCode: "GB")),
        ])
        let instants = placed.map(\.instant)
        #expect(instants == instants.sorted())
        #expect(placed[1].instant == time(15, 22).instant(utcOffsetSeconds: 0))
        #expect(placed[2].instant == time(16, 1).instant(utcOffsetSeconds: 0))
    }

    @Test("a date-only scan orders after the timed scans of its day that the carrier lists before it")
    func dateOnlyScansFollowTheCarrierOrder() {
        var placer = ScanTimePlacer()
        let memphis = EventLocation(city: "Memphis", region: "TN", countryCode: "US")
        let placed = placer.place([
            .init(local: time(15, 14, 30), utcOffsetSeconds: -18_000, location: memphis),
            .init(local: time(15, 0), utcOffsetSeconds: nil, location: memphis, isDateOnly: true),
            .init(local: time(16, 8), utcOffsetSeconds: -18_000, location: memphis),
        ])
        #expect(placed[1].instant == placed[0].instant)
        #expect(placed[1].instant < placed[2].instant)
        #expect(placed[1].confidence == .zoneInferred)
    }

    @Test("a date-only scan listed first stays at the start of its own day")
    func dateOnlyScanKeepsItsDay() {
        var placer = ScanTimePlacer()
        let placed = placer.place([
            .init(local: time(15, 0), utcOffsetSeconds: nil, location: EventLocation(region: "TN", countryCode: "US"), isDateOnly: true),
            .init(local: time(15, 9), utcOffsetSeconds: -18_000, location: EventLocation(region: "TN", countryCode: "US")),
        ])
        #expect(placed[0].instant == time(15, 5).instant(utcOffsetSeconds: 0))
    }
}

@Suite("Date-only scans in the timeline")
struct DateOnlyTimelineTests {
    @Test("a date-only scan never decides the stage on its own")
    func dateOnlyScanDoesNotDecideTheStage() {
        let labelled = ScanEvent(
            occurredAt: Date(timeIntervalSince1970: 1_723_730_000), localTime: nil, utcOffsetSeconds: nil, zoneConfidence: .exact,
            location: EventLocation(), carrierCode: "OC", description: "Shipment information sent to FedEx", milestone: .labelCreated, raw: "{}")
        var delivered = labelled
        delivered.occurredAt = labelled.occurredAt.addingTimeInterval(3_600)
        delivered.carrierCode = "DL"
        delivered.milestone = .delivered
        delivered.isDateOnly = true
        let timeline = Timeline(events: [labelled, delivered])
        #expect(timeline.derivedStatus == .labelCreated)
        #expect(timeline.latestEvent?.carrierCode == "DL")
    }
}
