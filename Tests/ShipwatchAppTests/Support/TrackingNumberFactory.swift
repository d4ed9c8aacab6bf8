import CarrierDHL
import CarrierFedEx
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore

/// Valid tracking numbers (check digits right) for the four carriers, numbered so tests can make thousands. A carrier
/// added to the catalog gets numbers of its id's letters and the index: the poll seeds store them as they are and the
/// simulator answers any number, so the poll tests run for it before anyone writes its recipe here.
enum TrackingNumberFactory {
    static func number(_ carrier: Carrier, _ index: Int) -> String {
        switch carrier {
        case .ups: ups(String(format: "%015d", 100_000_000_000_000 + index))
        case .fedex: fedEx12(String(format: "%011d", 10_000_000_000 + index))
        case .usps: gs1(String(format: "9400%017d", index))
        case .dhl: dhlExpress(String(format: "%09d", 100_000_000 + index))
        default: carrier.rawValue.uppercased().filter(\.isLetter) + String(format: "%012d", index)
        }
    }

    private static func digits(_ text: String) -> [Int] { text.compactMap(\.wholeNumberValue) }

    private static func gs1(_ body: String) -> String {
        let sum = digits(body).reversed().enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 3 : 1) }
        return body + String((10 - sum % 10) % 10)
    }

    private static func fedEx12(_ body: String) -> String {
        let weights = [1, 3, 7]
        let sum = digits(body).reversed().enumerated().reduce(0) { $0 + $1.element * weights[$1.offset % 3] }
        return body + String(sum % 11 % 10)
    }

    private static func ups(_ body: String) -> String {
        let sum = Array(body).enumerated().reduce(0) { total, pair in
            let value = pair.element.wholeNumberValue ?? (Int(pair.element.asciiValue ?? 0) - 63) % 10
            return total + (pair.offset % 2 == 1 ? value * 2 : value)
        }
        return "1Z" + body + String((10 - sum % 10) % 10)
    }

    private static func dhlExpress(_ body: String) -> String {
        body + String((Int(body) ?? 0) % 7)
    }
}
