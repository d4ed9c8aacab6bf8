@testable import CarrierSimulator
import Testing

@Suite("Scenario derived from a tracking number")
struct ScenarioDerivationTests {
    /// Expected values computed outside Swift (FNV-1a 64 over the UTF-8 bytes, then the bucket table), so a
    /// derivation that changed between runs or processes (e.g. through Swift's seeded `Hasher`) fails here.
    @Test(
        "known numbers derive known scenarios",
        arguments: [
            ("SW0000", Scenario.inTransit),
            ("SW0001", .domesticDelivered),
            ("SW0002", .internationalThroughCustoms),
            ("SW0004", .notFound),
            ("SW0005", .neverScanned(days: 7)),
            ("SW0014", .returnToSender),
            ("SW0016", .customsStall(days: 6)),
            ("SW0017", .sortingStall(days: 7)),
            ("SW0097", .deliveryException),
            ("SW0102", .lateFound(hours: 5)),
            ("9400100000000000000013", .returnToSender),
            ("1Z999AA10123456784", .domesticDelivered),
            ("1234567891", .inTransit),
            ("shipwatch", .sortingStall(days: 9)),
        ]
    )
    func goldenValues(number: String, expected: Scenario) {
        #expect(Scenario.derived(from: number) == expected)
    }

    @Test("the same number always derives the same scenario")
    func stable() {
        for index in 0..<500 {
            let number = "9400 1000 \(index)"
            let first = Scenario.derived(from: number)
            #expect(Scenario.derived(from: number) == first)
            #expect(Scenario.derived(from: String(number)) == first)
        }
    }

    @Test("many numbers cover every kind, in roughly the documented shares, with days and hours in range")
    func coverage() {
        var counts: [String: Int] = [:]
        let total = 5_000
        for index in 0..<total {
            let scenario = Scenario.derived(from: "1Z\(index)")
            let kind = String(scenario.description.split(separator: ":")[0])
            counts[kind, default: 0] += 1
            switch scenario {
            case .customsStall(let days): #expect((3...12).contains(days))
            case .sortingStall(let days): #expect((2...11).contains(days))
            case .neverScanned(let days): #expect((3...7).contains(days))
            case .lateFound(let hours): #expect((1...10).contains(hours))
            default: break
            }
        }
        let documentedShares: [String: Double] = [
            "domestic_delivered": 0.30, "in_transit": 0.30, "international_customs": 0.10, "customs_stall": 0.07,
            "sorting_stall": 0.07, "never_scanned": 0.04, "delivery_exception": 0.04, "return_to_sender": 0.03,
            "not_found": 0.03, "late_found": 0.02,
        ]
        #expect(Set(counts.keys) == Set(documentedShares.keys))
        for (kind, share) in documentedShares {
            let observed = Double(counts[kind, default: 0]) / Double(total)
            #expect(abs(observed - share) < 0.02, "\(kind): \(observed) vs \(share)")
        }
    }
}
