import CarrierTestSupport
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS status table")
struct StatusTableTests {
    /// Codes the fixtures use on international legs. USPS's international codes (Pub 199 App. G-5) are not
    /// documented, so these stand in for them and the events are decided by their `eventType` wording.
    static let placeholderInternationalCodes: Set<String> = ["E1", "E2", "E3", "I1", "I2", "I3", "I4", "I5"]

    @Test("every code carriers.md lists for USPS is in the table with its stage")
    func documentedCodes() {
        let expected: [(codes: [String], milestone: Milestone)] = [
            (["GX", "MA", "89", "NP"], .labelCreated),
            (["80", "83", "03", "OA", "TM", "PA", "UA"], .accepted),
            (["81", "AD", "10", "A1", "19", "07", "41"], .sortArrived),
            (["PC"], .sortProcessed),
            (["82", "EF", "T1", "SF"], .sortDeparted),
            (["TL", "06", "42"], .inTransit),
            (["OF"], .outForDelivery),
            (["01", "17", "43"], .delivered),
            (["02", "52", "53", "54", "55", "56", "30", "51"], .deliveryAttempted),
            (["14", "16"], .availableForPickup),
            (["71"], .delayed),
            (["04", "05", "08", "15", "11", "DX"], .exception),
            (["44", "09", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31"], .returnToSender),
        ]
        for group in expected {
            for code in group.codes {
                #expect(USPSStatusTable.entry(forCode: code)?.milestone == group.milestone, "code \(code)")
            }
        }
        #expect(USPSStatusTable.codeEntries.count == expected.map(\.codes.count).reduce(0, +))
    }

    @Test("no code appears twice, every entry has a meaning and a real milestone")
    func tableIsConsistent() {
        let codes = USPSStatusTable.codeEntries.map(\.code)
        #expect(Set(codes).count == codes.count, "duplicate codes")
        for entry in USPSStatusTable.codeEntries {
            #expect(!entry.meaning.isEmpty)
            #expect(entry.milestone != .unknown, "\(entry.code) maps to unknown")
            #expect(entry.code == entry.code.uppercased() && entry.code.count == 2)
        }
        let phrases = USPSStatusTable.wordingEntries.map(\.key)
        #expect(Set(phrases).count == phrases.count, "duplicate wordings")
        for entry in USPSStatusTable.wordingEntries {
            #expect(entry.milestone != .unknown)
            #expect(USPSStatusTable.wordingEntry(for: entry.phrase) == entry, "\(entry.phrase) finds itself")
        }
    }

    @Test("every code in every fixture is in the table, or is a placeholder decided by a table wording")
    func fixtureCodesAreCovered() throws {
        var seenCodes: Set<String> = []
        for name in Fixtures.allNames {
            for item in try Fixtures.trackingItems(name) {
                guard case .array(let events)? = item["trackingEvents"] else { continue }
                for event in events {
                    guard case .string(let code)? = event["eventCode"] else {
                        Issue.record("\(name): event without eventCode")
                        continue
                    }
                    let wording: String? = if case .string(let text)? = event["eventType"] { text } else { nil }
                    seenCodes.insert(code)
                    let resolution = USPSStatusTable.resolve(eventCode: code, eventType: wording)
                    #expect(!resolution.isUnmapped, "\(name): \(code) \(wording ?? "")")
                    if USPSStatusTable.entry(forCode: code) == nil {
                        #expect(Self.placeholderInternationalCodes.contains(code), "\(name): unknown code \(code)")
                        #expect(USPSStatusTable.wordingEntry(for: wording) != nil, "\(name): \(code) needs a known wording")
                    }
                }
            }
        }
        #expect(seenCodes.count > 30, "fixtures cover a broad set of codes")
    }

    @Test("customs and international wordings", arguments: [
        ("Inbound Into Customs", Milestone.customsInProgress),
        ("Customs Clearance", .customsInProgress),
        ("Held in Customs", .customsHeld),
        ("HELD IN CUSTOMS - awaiting documents", .customsHeld),
        ("Customs Clearance Processing Complete", .customsReleased),
        ("Inbound Out of Customs", .customsReleased),
        ("Released from US Customs", .customsReleased),
        ("Processed Through Facility", .sortProcessed),
        ("Dispatched from USPS International Service Center", .customsExport),
        ("Depart from Transit Office of Exchange", .customsExport),
        ("Departed", .sortDeparted),
        ("Arrived at Hub", .sortArrived),
        ("Arrived at Facility", .sortArrived),
        ("Origin Post is Preparing Shipment", .labelCreated),
        ("Attempted Delivery Abroad", .deliveryAttempted),
    ])
    func wording(_ text: String, _ milestone: Milestone) {
        #expect(USPSStatusTable.resolve(eventCode: "Q7", eventType: text).milestone == milestone)
    }

    @Test("customs wording overrides a generic movement code, never a delivery or problem code")
    func customsWordingPrecedence() {
        let generic = USPSStatusTable.resolve(eventCode: "10", eventType: "Inbound Into Customs")
        #expect(generic.milestone == .customsInProgress)
        #expect(USPSStatusTable.resolve(eventCode: "A1", eventType: "Held in Customs").milestone == .customsHeld)
        #expect(USPSStatusTable.resolve(eventCode: "01", eventType: "Customs Clearance").milestone == .delivered)
        #expect(USPSStatusTable.resolve(eventCode: "09", eventType: "Held in Customs").milestone == .returnToSender)
        // A non-customs wording never overrides a known code.
        #expect(USPSStatusTable.resolve(eventCode: "OF", eventType: "Departed").milestone == .outForDelivery)
    }

    @Test("lookup is forgiving about case and spaces, and strict about unknowns")
    func lookup() {
        #expect(USPSStatusTable.entry(forCode: " of ")?.milestone == .outForDelivery)
        #expect(USPSStatusTable.entry(forCode: "ZZ") == nil)
        #expect(USPSStatusTable.entry(forCode: nil) == nil)
        #expect(USPSStatusTable.wordingEntry(for: "Arrivederci") == nil, "whole words only")
        let unknown = USPSStatusTable.resolve(eventCode: "ZZ", eventType: "Something new")
        #expect(unknown.milestone == .unknown && unknown.isUnmapped)
    }

    @Test("an unknown code is kept as an unknown event and listed once as unmapped")
    func unknownCodeIsKept() throws {
        let body = """
        {"trackingNumber":"9400100000000000000001","mailType":"DM","trackingEvents":[
          {"eventCode":"ZQ","eventType":"Brand New Scan","eventTimestamp":"2025-01-10T10:00:00","GMTOffset":"-05:00"},
          {"eventCode":"ZQ","eventType":"Brand New Scan","eventTimestamp":"2025-01-09T10:00:00","GMTOffset":"-05:00"},
          {"eventCode":"03","eventType":"USPS in possession of item","eventTimestamp":"2025-01-08T10:00:00","GMTOffset":"-05:00"}]}
        """
        let outcomes = try USPSTrackingAPI(mode: .singleV3).parseTrackingResponse(jsonResponse(body), requested: ["9400100000000000000001"])
        let snapshot = try #require(outcomes["9400100000000000000001"]?.snapshot)
        #expect(snapshot.events.map(\.milestone) == [.accepted, .unknown, .unknown])
        #expect(snapshot.events[2].carrierCode == "ZQ" && snapshot.events[2].description == "Brand New Scan")
        #expect(snapshot.unmappedCodes == [UnmappedCode(carrier: .usps, code: "ZQ", description: "Brand New Scan")])
    }
}
