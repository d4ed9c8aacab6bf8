import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS scans with only a wall time")
struct AssumedZoneTests {
    func events(_ body: String) throws -> [ScanEvent] {
        let outcomes = try USPSTrackingAPI(mode: .singleV3).parseTrackingResponse(jsonResponse(body), requested: ["X1"])
        return try #require(outcomes["X1"]?.snapshot).events
    }

    @Test("a scan in a single-zone country takes that country's zone")
    func countryZone() throws {
        let list = try events("""
        {"trackingNumber":"X1","trackingEvents":[
          {"eventCode":"I1","eventType":"Processed Through Facility","eventTimestamp":"2025-03-08T10:00:00","GMTOffset":"-05:00"},
          {"eventCode":"E2","eventType":"Departed","eventTimestamp":"2025-03-07T13:40:00","eventCountry":"GERMANY"},
          {"eventCode":"E1","eventType":"Processed Through Facility","eventTimestamp":"2025-03-06T20:15:00","GMTOffset":"+01:00","eventCountry":"GERMANY"}]}
        """)
        let departed = list[1]
        #expect(departed.zoneConfidence == .zoneInferred)
        #expect(departed.utcOffsetSeconds == 3_600)
        #expect(departed.localTime == wall("2025-03-07T13:40:00"))
        #expect(departed.occurredAt == utc("2025-03-07T12:40:00Z"))
    }

    @Test("a domestic scan without a state borrows the offset of the nearest US scan, not of a nearer foreign one")
    func sameCountryNeighbour() throws {
        let list = try events("""
        {"trackingNumber":"X1","trackingEvents":[
          {"eventCode":"I1","eventType":"Processed Through Facility","eventTimestamp":"2025-03-08T10:00:00","GMTOffset":"-05:00"},
          {"eventCode":"E2","eventType":"Departed","eventTimestamp":"2025-03-07T13:40:00","eventCountry":"GERMANY"},
          {"eventCode":"E3","eventType":"Accepted","eventTimestamp":"2025-03-06T20:15:00"}]}
        """)
        let accepted = list[0]
        #expect(accepted.zoneConfidence == .neighbour)
        #expect(accepted.utcOffsetSeconds == nil)
        #expect(accepted.occurredAt == utc("2025-03-07T01:15:00Z"))
    }

    @Test("with no scan to borrow from, the wall time is read as UTC")
    func noNeighbour() throws {
        let list = try events(#"{"trackingNumber":"X1","trackingEvents":[{"eventCode":"GX","eventType":"Label","eventTimestamp":"2025-03-07T13:40:00"}]}"#)
        #expect(list.map(\.occurredAt) == [utc("2025-03-07T13:40:00Z")])
        #expect(list.map(\.zoneConfidence) == [.assumed])
    }
}
