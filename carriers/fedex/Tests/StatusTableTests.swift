import CarrierSupport
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

@Suite("FedEx status table")
struct StatusTableTests {
    /// Every code carriers.md section 4.3 lists.
    static let documentedCodes = [
        "OC", "OX", "EP", "AP", "PU", "PX", "OF", "LO", "AR", "AF", "SF", "FD", "DP", "IT", "IX", "OW", "PM",
        "AA", "EA", "EO", "PF", "PL", "TR", "AC", "AX", "AO", "AE", "CC", "CP", "CD", "OD", "ED", "AD", "DL",
        "HL", "HP", "DE", "SE", "DY", "DD", "PD", "RS", "RP", "LP", "RG", "RD", "CA", "RR", "RM", "RC", "CH",
        "SP", "DR", "DS",
    ]

    /// Codes deliberately absent from the table (fixtures that test unmapped codes).
    static let deliberatelyUnknown: Set<String> = ["ZQ"]

    @Test("every documented code is in the table")
    func documentedCodesCovered() {
        let missing = Self.documentedCodes.filter { !FedExStatusTable.knownCodes.contains($0) }
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test("every code used in any fixture is in the table")
    func fixtureCodesCovered() throws {
        var codes: Set<String> = []
        for name in Fixture.allNames {
            let document = try JSONTape(parsing: try Fixture.bytes(name)).root
            for element in document["output"]?["completeTrackResults"]?.elements ?? [] {
                for result in element["trackResults"]?.elements ?? [] {
                    if let code = result["latestStatusDetail"]?["code"]?.text { codes.insert(code) }
                    for event in result["scanEvents"]?.elements ?? [] {
                        if let code = event["eventType"]?.text { codes.insert(code) }
                    }
                }
            }
        }
        #expect(codes.isSuperset(of: ["OC", "PU", "AR", "AF", "SF", "DP", "IT", "CC", "CP", "CD", "DY", "DD", "DE", "SE", "RS", "HP", "OD", "DL", "AO"]))
        let unknown = codes.subtracting(FedExStatusTable.knownCodes).subtracting(Self.deliberatelyUnknown)
        #expect(unknown.isEmpty, "fixture codes missing from the table: \(unknown.sorted())")
    }

    @Test("every entry maps to a real milestone and explains itself")
    func entriesAreReal() {
        for entry in FedExStatusTable.entries {
            #expect(entry.milestone != .unknown, "\(entry.eventType)")
            #expect(!entry.meaning.isEmpty)
            #expect(entry.eventType == entry.eventType.uppercased())
        }
    }

    @Test("no two entries share a code and a condition")
    func noConflictingKeys() {
        var seen: [String: FedExStatusEntry] = [:]
        for entry in FedExStatusTable.entries {
            let key = "\(entry.eventType)/\(entry.condition.rawValue)"
            #expect(seen[key] == nil, "duplicate key \(key)")
            seen[key] = entry
        }
    }

    @Test("every code has a default (`always`) row, so no known code falls through to unknown")
    func everyCodeHasDefault() {
        for code in FedExStatusTable.knownCodes {
            #expect(FedExStatusTable.entries.contains { $0.eventType == code && $0.condition == .always }, "\(code)")
        }
    }

    @Test("customs and sort-facility scans land in the right milestones", arguments: [
        (FedExScanFacts(eventType: "CD", derivedStatusCode: "CD", locationType: "CUSTOMS_BROKER", delayType: "CLEARANCE",
                        description: "Clearance delay - Import"), Milestone.customsHeld),
        (FedExScanFacts(eventType: "CD", description: "Clearance delay - Export"), .customsHeld),
        (FedExScanFacts(eventType: "CC", description: "International shipment release - Export"), .customsExport),
        (FedExScanFacts(eventType: "CC", locationType: "PORT_OF_ENTRY", description: "International shipment release - Import"), .customsReleased),
        (FedExScanFacts(eventType: "CC", description: "International shipment release", scanCountry: "CN", originCountry: "CN",
                        destinationCountry: "US"), .customsExport),
        (FedExScanFacts(eventType: "CC", description: "International shipment release", scanCountry: "US", originCountry: "CN",
                        destinationCountry: "US"), .customsReleased),
        (FedExScanFacts(eventType: "CC", description: "Cleared customs"), .customsReleased),
        (FedExScanFacts(eventType: "CP", locationType: "PORT_OF_ENTRY"), .customsInProgress),
        (FedExScanFacts(eventType: "CP", delayType: "CLEARANCE"), .customsHeld),
        (FedExScanFacts(eventType: "EA", description: "Export approved"), .customsExport),
        (FedExScanFacts(eventType: "EA", description: "Enroute to airport", scanCountry: "CN", originCountry: "CN",
                        destinationCountry: "US"), .inTransit),
        (FedExScanFacts(eventType: "AR", locationType: "FEDEX_FACILITY"), .sortArrived),
        (FedExScanFacts(eventType: "AR", locationType: "DESTINATION_FEDEX_FACILITY"), .sortArrived),
        (FedExScanFacts(eventType: "AR", locationType: "PORT_OF_ENTRY"), .customsInProgress),
        (FedExScanFacts(eventType: "AF"), .sortArrived),
        (FedExScanFacts(eventType: "SF", locationType: "SORT_FACILITY"), .sortArrived),
        (FedExScanFacts(eventType: "FD"), .sortArrived),
        (FedExScanFacts(eventType: "DP", locationType: "PORT_OF_ENTRY"), .sortDeparted),
        (FedExScanFacts(eventType: "DY", delayType: "WEATHER"), .delayed),
        (FedExScanFacts(eventType: "DY", delayType: "CLEARANCE"), .customsHeld),
        (FedExScanFacts(eventType: "DD", locationType: "CUSTOMS_BROKER"), .customsHeld),
        (FedExScanFacts(eventType: "SE", derivedStatusCode: "CD"), .customsHeld),
        (FedExScanFacts(eventType: "SE"), .exception),
        (FedExScanFacts(eventType: "DE", locationType: "DELIVERY_LOCATION"), .deliveryAttempted),
        (FedExScanFacts(eventType: "RS"), .returnToSender),
        (FedExScanFacts(eventType: "DL", locationType: "CUSTOMS_BROKER"), .delivered),
        (FedExScanFacts(eventType: "OD"), .outForDelivery),
        (FedExScanFacts(eventType: "PU"), .accepted),
        (FedExScanFacts(eventType: "OC"), .labelCreated),
        (FedExScanFacts(eventType: "HP"), .availableForPickup),
        (FedExScanFacts(eventType: "CA"), .cancelled),
        (FedExScanFacts(eventType: "AO"), .info),
        (FedExScanFacts(eventType: "ow"), .inTransit),
        (FedExScanFacts(eventType: " DL "), .delivered),
        (FedExScanFacts(eventType: "ZZ"), .unknown),
        (FedExScanFacts(eventType: ""), .unknown),
    ])
    func lookup(facts: FedExScanFacts, expected: Milestone) {
        #expect(FedExStatusTable.milestone(for: facts) == expected)
    }
}
