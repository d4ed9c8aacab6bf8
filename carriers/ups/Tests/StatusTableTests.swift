import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS status table")
struct StatusTableTests {
    /// (statusCode, type, 2-character code, expected milestone).
    static let lookups: [(String?, String?, String?, Milestone)] = [
        // Customs: the status code decides; RZ alone never does.
        ("012", "X", "RZ", .customsHeld),
        ("014", "X", "RZ", .customsReleased),
        ("012", "X", nil, .customsInProgress),
        ("092", "X", nil, .customsInProgress),
        ("092", "X", "DA", .customsInProgress),
        ("058", "X", "BB", .customsHeld),
        ("123", "X", nil, .customsHeld),
        ("124", "X", nil, .customsHeld),
        ("125", "X", nil, .customsHeld),
        ("126", "X", "RZ", .customsHeld),
        ("084", "X", nil, .customsReleased),
        ("134", "X", nil, .customsReleased),
        ("013", "X", "BB", .customsHeld),
        ("013", "X", "4C", .customsInProgress),
        ("013", "X", nil, .exception),
        ("083", "X", "CT", .customsHeld),
        ("005", "X", "RZ", .customsHeld),
        ("005", "I", "EP", .customsExport),
        ("005", "I", "IP", .customsInProgress),
        // Sort-facility scans.
        ("005", "I", "AR", .sortArrived),
        ("005", "I", "DS", .sortArrived),
        ("005", "I", "DP", .sortDeparted),
        ("005", "I", "UL", .sortProcessed),
        ("071", "I", "YP", .sortProcessed),
        ("005", "I", "OR", .accepted),
        ("005", "I", nil, .inTransit),
        ("005", "I", "ZZ", .inTransit),
        // A hint never overrides a specific status code.
        ("011", "D", "AR", .delivered),
        ("034", "D", nil, .returnToSender),
        ("021", "I", "OT", .outForDelivery),
        ("072", "I", "OF", .outForDelivery),
        // Delays and exceptions.
        ("046", "X", nil, .delayed),
        ("048", "X", nil, .delayed),
        ("086", "X", nil, .delayed),
        ("090", "X", nil, .delayed),
        ("052", "X", nil, .delayed),
        ("050", "X", nil, .exception),
        ("064", "X", nil, .exception),
        ("022", "X", nil, .deliveryAttempted),
        ("161", "I", nil, .availableForPickup),
        ("003", "M", "MP", .labelCreated),
        ("007", "MV", "VP", .cancelled),
        ("038", "P", "PU", .accepted),
        ("154", "U", nil, .info),
        // Leading zeros dropped by a numeric field.
        ("11", "D", nil, .delivered),
        ("5", "I", "AR", .sortArrived),
        // No status code: the type decides, sharpened by the 2-character code.
        (nil, "X", "RZ", .customsHeld),
        (nil, "X", "DA", .customsReleased),
        (nil, "X", "OT", .customsHeld),
        (nil, "I", "OT", .outForDelivery),
        (nil, "I", "XD", .accepted),
        (nil, "X", "XD", .customsInProgress),
        (nil, "I", nil, .inTransit),
        (nil, "X", nil, .exception),
        (nil, "D", nil, .delivered),
        (nil, "M", nil, .labelCreated),
        (nil, nil, "AR", .sortArrived),
        // Unknown status code: unknown, whatever the type says.
        ("999", "I", "AR", .unknown),
        (nil, nil, nil, .unknown),
        (nil, "Q", "QQ", .unknown),
    ]

    @Test("lookups", arguments: lookups.indices)
    func lookup(_ index: Int) {
        let (statusCode, type, code, expected) = StatusTableTests.lookups[index]
        let resolution = UPSStatusTable.resolve(statusCode: statusCode, type: type, code: code)
        #expect(resolution.milestone == expected, "\(statusCode ?? "-") \(type ?? "-") \(code ?? "-")")
        #expect(resolution.isMapped == (expected != .unknown))
    }

    @Test("every 3-digit code carriers.md lists is in the table with its milestone")
    func referenceCodes() {
        let reference: [Milestone: [String]] = [
            .labelCreated: ["003", "157", "079", "080"],
            .cancelled: ["007"],
            .accepted: ["038", "160", "167", "168", "169"],
            .inTransit: ["005", "010", "025", "039", "047", "087", "158", "159", "164", "165"],
            .sortProcessed: ["071"],
            .outForDelivery: ["072", "006", "021", "037", "089", "091", "146", "162"],
            .delivered: ["011", "026", "143"],
            .availableForPickup: ["017", "040", "144", "161"],
            .deliveryAttempted: ["022", "023", "024", "060", "061", "062", "066", "145"],
            .customsInProgress: ["012", "092"],
            .customsHeld: ["058", "124", "125", "123", "126", "085"],
            .customsReleased: ["014", "084", "134"],
            .exception: ["083", "049", "050", "029", "013", "030", "076", "059", "081", "064", "068", "069", "147", "149"],
            .delayed: ["046", "048", "086", "090", "032", "051", "052", "053"],
            .returnToSender: ["033", "034", "035", "036", "067", "118", "119"],
            .info: ["153", "154", "155", "019", "055", "075"],
        ]
        for (milestone, codes) in reference {
            for code in codes {
                #expect(UPSStatusTable.entry(.statusCode, code)?.milestone == milestone, "\(code)")
            }
        }
    }

    @Test("the whole UPS appendix range 000–169 is covered")
    func appendixRange() {
        let missing = (0...169).map { UPSStatus.paddedStatusCode(String($0))! }.filter { UPSStatusTable.entry(.statusCode, $0) == nil }
        // Codes the appendix skips.
        #expect(missing == ["001", "002", "004", "008", "009", "015", "031", "150", "151", "152"])
    }

    @Test("2-character codes from carriers.md land in the right milestones")
    func twoCharacterCodes() {
        let scans: [String: Milestone] = [
            "MP": .labelCreated, "PL": .labelCreated, "OC": .accepted, "VP": .cancelled, "OR": .accepted, "PU": .accepted,
            "AR": .sortArrived, "DP": .sortDeparted, "DS": .sortArrived, "HU": .sortProcessed, "YP": .sortProcessed,
            "AG": .inTransit, "EP": .customsExport, "IP": .customsInProgress, "OF": .outForDelivery, "OT": .outForDelivery,
            "FS": .delivered, "KB": .delivered, "YF": .outForDelivery,
        ]
        for (code, milestone) in scans {
            #expect(UPSStatusTable.entry(.scanCode, code)?.milestone == milestone, "\(code)")
        }
        let exceptions: [String: Milestone] = [
            "RZ": .customsHeld, "5": .customsHeld, "RQ": .customsHeld, "R1": .customsHeld, "BB": .customsHeld, "29": .customsHeld,
            "4C": .customsInProgress, "Y5": .customsInProgress, "Y1": .customsInProgress, "1C": .customsHeld, "7H": .customsHeld,
            "CN": .customsHeld, "CT": .customsHeld, "G9": .customsHeld, "ES": .customsHeld, "DA": .customsReleased,
            "83": .customsReleased, "70": .customsInProgress, "B2": .customsInProgress, "1F": .exception, "OT": .customsHeld,
        ]
        for (code, milestone) in exceptions {
            #expect(UPSStatusTable.entry(.exceptionCode, code)?.milestone == milestone, "\(code)")
        }
    }

    @Test("no conflicting duplicate keys")
    func noDuplicates() {
        var seen: [String: UPSStatusEntry] = [:]
        var duplicates: [String] = []
        for entry in UPSStatusTable.entries {
            let key = "\(entry.field.rawValue)/\(entry.code)"
            if seen[key] != nil { duplicates.append(key) }
            seen[key] = entry
        }
        #expect(duplicates.isEmpty)
    }

    @Test("every entry maps to a real milestone and is well-formed")
    func entriesWellFormed() {
        for entry in UPSStatusTable.entries {
            #expect(entry.milestone != .unknown, "\(entry.code)")
            #expect(!entry.meaning.isEmpty, "\(entry.code)")
            #expect(entry.refinableTo.allSatisfy { $0 != .unknown }, "\(entry.code)")
            switch entry.field {
            case .statusCode:
                #expect(entry.code.count == 3 && entry.code.allSatisfy(\.isNumber), "\(entry.code)")
            case .activityType:
                #expect((1...2).contains(entry.code.count), "\(entry.code)")
            case .scanCode, .exceptionCode:
                #expect((1...2).contains(entry.code.count) && entry.code == entry.code.uppercased(), "\(entry.code)")
            }
        }
        #expect(UPSStatusTable.entries.filter { $0.field == .statusCode }.count == 160)
    }

    @Test("every code in every fixture is in the table")
    func fixtureCodesAreKnown() throws {
        for name in Fixtures.allNames {
            for status in try statuses(in: Fixtures.bytes(name)) {
                if let statusCode = status.resolvedStatusCode {
                    #expect(UPSStatusTable.entry(.statusCode, statusCode) != nil, "\(name): \(statusCode)")
                }
                if let type = status.activityType {
                    #expect(UPSStatusTable.entry(.activityType, type) != nil, "\(name): type \(type)")
                }
                if let code = status.scanCode {
                    #expect(UPSStatusTable.hintEntry(code: code, type: status.activityType) != nil, "\(name): code \(code)")
                }
            }
        }
    }

    @Test("currentStatus in both shapes: real (3-digit code) and UPS's sample (2-character code + statusCode)")
    func currentStatusShapes() {
        let real = UPSStatus(code: "011", description: "Delivered")
        #expect(real.resolvedStatusCode == "011")
        #expect(real.scanCode == nil)
        #expect(UPSStatusTable.resolve(real).milestone == .delivered)

        let sample = UPSStatus(type: "X", code: "SR", statusCode: "003", description: "Released by the customs agency.")
        #expect(sample.resolvedStatusCode == "003")
        #expect(sample.scanCode == "SR")

        let exceptionDigits = UPSStatus(type: "X", code: "29")
        #expect(exceptionDigits.resolvedStatusCode == nil)
        #expect(UPSStatusTable.resolve(exceptionDigits).milestone == .customsHeld)
    }

    /// Every status block (activity `status` and `currentStatus`) in a body, found by walking the JSON.
    private func statuses(in body: [UInt8]) throws -> [UPSStatus] {
        let root = try JSONDecoder().decode(JSONFragment.self, from: Data(body))
        var found: [UPSStatus] = []
        func walk(_ value: JSONFragment) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "status" || key == "currentStatus", case .object = member,
                       let data = try? JSONEncoder().encode(member), let status = try? JSONDecoder().decode(UPSStatus.self, from: data) {
                        found.append(status)
                    }
                    walk(member)
                }
            case .array(let items):
                items.forEach(walk)
            default:
                break
            }
        }
        walk(root)
        return found
    }
}
