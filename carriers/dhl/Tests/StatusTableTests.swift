import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

/// One code carriers.md lists, with the milestone it must map to.
struct ListedCode: Sendable, CustomTestStringConvertible {
    var family: DHLCodeFamily
    var code: String
    var milestone: Milestone
    var testDescription: String { "\(family.rawValue) \(code) → \(milestone.rawValue)" }

    init(_ family: DHLCodeFamily, _ code: String, _ milestone: Milestone) {
        self.family = family
        self.code = code
        self.milestone = milestone
    }
}

@Suite("DHL status table")
struct StatusTableTests {
    /// Every code of carriers.md section 5.3, with our mapping.
    static let listedCodes: [ListedCode] = {
        var codes: [ListedCode] = [
            ListedCode(.category, "pre-transit", .labelCreated), ListedCode(.category, "transit", .inTransit),
            ListedCode(.category, "delivered", .delivered), ListedCode(.category, "failure", .exception),
            ListedCode(.category, "unknown", .info),
            ListedCode(.expressShipment, "101", .delivered), ListedCode(.expressShipment, "102", .inTransit),
            ListedCode(.expressShipment, "103", .exception), ListedCode(.expressShipment, "104", .labelCreated),
        ]
        let express: [(String, Milestone)] = [
            ("SA", .accepted), ("PU", .accepted), ("PL", .sortProcessed), ("AF", .sortArrived), ("DF", .sortDeparted),
            ("AR", .sortArrived), ("TR", .inTransit), ("SM", .inTransit), ("FD", .inTransit), ("RR", .customsInProgress),
            ("IC", .customsInProgress), ("BN", .customsInProgress), ("CD", .customsHeld), ("UD", .customsHeld),
            ("HP", .customsHeld), ("PY", .customsInProgress), ("BR", .customsReleased), ("CR", .customsReleased),
            ("OH", .customsHeld), ("WC", .outForDelivery), ("OK", .delivered), ("PD", .delivered), ("DD", .delivered),
            ("NH", .deliveryAttempted), ("CA", .deliveryAttempted), ("BA", .exception), ("CM", .exception),
            ("RD", .exception), ("ND", .deliveryAttempted), ("MD", .delayed), ("MS", .exception), ("MC", .exception),
            ("CC", .availableForPickup), ("AD", .info), ("SC", .info), ("TP", .inTransit), ("SS", .exception),
            ("RT", .returnToSender), ("DS", .exception), ("CS", .info),
        ]
        codes += express.map { ListedCode(.express, $0.0, $0.1) }
        let ecommerce: [([String], Milestone)] = [
            (["240"], .customsHeld), (["241"], .customsInProgress), (["242"], .info),
            (["441", "447", "501", "463"], .customsInProgress), (["443", "506", "507"], .customsHeld),
            (["453"], .customsHeld), (["508"], .customsHeld), (["509"], .customsInProgress), (["448"], .customsHeld),
            (["442", "449", "502", "452"], .customsReleased), (["464"], .customsReleased),
            (["483", "515", "518", "528"], .customsExport), (["608"], .exception), (["588"], .customsHeld),
            (["104"], .sortArrived), (["125"], .sortArrived), (["155", "200"], .sortArrived),
            (["365", "477"], .sortProcessed), (["399", "482"], .sortDeparted), (["360", "361"], .inTransit),
        ]
        codes += ecommerce.flatMap { group in group.0.map { ListedCode(.ecommerce, $0, group.1) } }
        let parcelGermany: [(String, Milestone)] = [
            ("VA", .labelCreated), ("AE", .accepted), ("AN", .exception), ("ES", .accepted), ("NB", .sortProcessed),
            ("EE", .sortArrived), ("AA", .sortDeparted),
            ("ZO", .customsInProgress), ("PO", .outForDelivery), ("ZU", .delivered), ("ZN", .deliveryAttempted),
            ("ZF", .availableForPickup), ("LA", .availableForPickup), ("BV", .exception), ("DD", .info), ("GT", .info),
        ]
        codes += parcelGermany.map { ListedCode(.parcelGermany, $0.0, $0.1) }
        let parcelNetherlands: [(String, Milestone)] = [
            ("CLEARANCE_DELAY", .customsHeld), ("IN_CLEARANCE_PROCESS", .customsInProgress),
            ("SHIPMENT_INSPECTION", .customsHeld), ("SHIPMENT_INSPECTION_ON_HOLD", .customsHeld),
            ("SHIPMENT_INTERCEPT", .exception), ("HELD_FOR_PAYMENT", .customsHeld), ("BROKER_RELEASED", .customsReleased),
            ("CLEARANCE_RELEASE", .customsReleased), ("BONDED_LOCATION", .customsInProgress),
            ("UNCONTROLLABLE_CLEARANCE_DELAY", .customsHeld), ("PREPROCESS_HANDOVER_TO_IMPORT_CUSTOMS", .customsInProgress),
        ]
        codes += parcelNetherlands.map { ListedCode(.parcelNetherlands, $0.0, $0.1) }
        return codes
    }()

    @Test("every listed code is in the table with the intended milestone", arguments: listedCodes)
    func listedCodeIsMapped(_ listed: ListedCode) throws {
        let entry = try #require(DHLStatusTable.entry(family: listed.family, code: listed.code))
        #expect(entry.milestone == listed.milestone)
    }

    /// How many codes each family holds: DHL's Unified status list per service (Express without its four
    /// shipment-level codes), DHL eCommerce Asia's ten documented codes, and the five categories.
    static let familySizes: [DHLCodeFamily: Int] = [
        .category: 5, .express: 40, .expressShipment: 4, .ecommerce: 289, .ecommerceEurope: 162, .ecommerceAsia: 10,
        .ecommercePPL: 11, .parcelGermany: 16, .parcelNetherlands: 352, .parcelPoland: 107,
    ]

    @Test("each family holds every code of its division's list, and nothing else")
    func familiesAreComplete() {
        let sizes = Dictionary(grouping: DHLStatusTable.entries, by: \.family).mapValues(\.count)
        #expect(sizes == Self.familySizes)
        #expect(Set(DHLCodeFamily.allCases) == Set(Self.familySizes.keys))
    }

    @Test("no two rows share a family and code")
    func noDuplicateKeys() {
        let keys = DHLStatusTable.entries.map { "\($0.family.rawValue)|\($0.code)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test("every row maps to a real milestone and explains itself")
    func rowsAreMeaningful() {
        for entry in DHLStatusTable.entries {
            #expect(entry.possibleMilestones.allSatisfy { $0 != .unknown }, "\(entry.code)")
            #expect(!entry.meaning.isEmpty, "\(entry.code)")
            #expect(entry.code == entry.family.normalized(entry.code))
        }
    }

    @Test("customs stall codes land in customs milestones, sort-facility codes in sort milestones")
    func stallSignals() throws {
        for code in ["OH", "CD", "UD", "HP"] {
            #expect(DHLStatusTable.lookup(code: code, service: "express")?.milestone == .customsHeld, "\(code)")
        }
        for code in ["IC", "RR"] {
            #expect(DHLStatusTable.lookup(code: code, service: "express")?.milestone == .customsInProgress, "\(code)")
        }
        for code in ["443", "453", "506", "507", "508"] {
            #expect(DHLStatusTable.lookup(code: code, service: "ecommerce")?.milestone == .customsHeld, "\(code)")
        }
        for code in ["AF", "PL", "AR"] {
            let milestone = try #require(DHLStatusTable.lookup(code: code, service: "express")?.milestone)
            #expect(milestone.isSortFacilityDwell, "\(code)")
        }
        #expect(DHLStatusTable.lookup(code: "MD", service: "express")?.milestone == .delayed)
    }

    @Test("lookup routes by division and refuses codes whose meaning differs between divisions")
    func lookupRouting() {
        #expect(DHLStatusTable.lookup(code: "DD", service: "express")?.milestone == .delivered)
        #expect(DHLStatusTable.lookup(code: "DD", service: "parcel-de")?.milestone == .info)
        #expect(DHLStatusTable.lookup(code: "DD", service: nil) == nil)
        #expect(DHLStatusTable.lookup(code: "af", service: nil)?.milestone == .sortArrived)
        #expect(DHLStatusTable.lookup(code: "506", service: "dgf")?.milestone == .customsHeld)
        #expect(DHLStatusTable.lookup(code: "506", service: "express") == nil)
        #expect(DHLStatusTable.lookup(code: "ZZ", service: "express") == nil)
        // eCommerce Europe, eCommerce Americas and PPL reuse numbers: the division decides, an unknown one refuses.
        #expect(DHLStatusTable.lookup(code: "400", service: "ecommerce")?.milestone == .labelCreated)
        #expect(DHLStatusTable.lookup(code: "400", service: "ecommerce-ppl")?.milestone == .outForDelivery)
        #expect(DHLStatusTable.lookup(code: "63", service: "ecommerce-europe")?.milestone == .delivered)
        #expect(DHLStatusTable.lookup(code: "63", service: "ecommerce") == nil)
        #expect(DHLStatusTable.lookup(code: "400", service: nil) == nil)
        #expect(DHLStatusTable.lookup(code: "zwr_zb", service: " Parcel-PL ")?.milestone == .returnToSender)
        #expect(DHLStatusTable.lookup(code: "77093", service: "ecommerce-apac")?.milestone == .delivered)
        // A code only one list knows is accepted for a division we hold no list for.
        #expect(DHLStatusTable.lookup(code: "77093", service: "dgf")?.milestone == .delivered)
        #expect(DHLStatusTable.categoryEntry(" Transit ")?.milestone == .inTransit)
    }

    @Test("each division's service routes to its own code family")
    func servicesRouteToFamilies() {
        let routes: [String: DHLCodeFamily] = [
            "express": .express, "ecommerce": .ecommerce, "ecommerce-europe": .ecommerceEurope, "ecommerce-apac": .ecommerceAsia,
            "ecommerce-ppl": .ecommercePPL, "parcel-de": .parcelGermany, "parcel-nl": .parcelNetherlands, "parcel-pl": .parcelPoland,
        ]
        for (service, family) in routes {
            #expect(DHLCodeFamily.eventFamily(forService: service) == family, "\(service)")
        }
        #expect(Set(routes.values) == Set(DHLCodeFamily.eventFamilies))
        #expect(DHLCodeFamily.eventFamily(forService: "freight") == nil)
    }

    @Test("every code used in any fixture is in the table")
    func fixtureCodesAreKnown() throws {
        for name in Fixtures.allNames
        where !FixtureExpectation.errorBodies.contains(name) && !FixtureExpectation.wordingFixtures.contains(name) {
            let answer = try JSONDecoder().decode(DHLTrackingResponse.self, from: Data(try Fixtures.bytes(name)))
            for shipment in answer.shipments ?? [] {
                let service = shipment.service
                for event in (shipment.events ?? []) + [shipment.status].compactMap({ $0 }) {
                    if let category = event.statusCode {
                        #expect(DHLStatusTable.categoryEntry(category) != nil, "\(name): category \(category)")
                    }
                    guard let code = event.status else { continue }
                    let known = DHLStatusTable.lookup(code: code, service: service) != nil
                        || DHLStatusTable.categoryEntry(code) != nil
                        || (service == "express" && DHLStatusTable.entry(family: .expressShipment, code: code) != nil)
                    #expect(known, "\(name): code \(code)")
                }
            }
        }
    }
}
