import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierSupport
import CarrierUPS
import CarrierUSPS
import ShipwatchCore

/// Tracking numbers in each carrier's real format, with valid check digits.
enum SampleNumbers {
    static let usps = "9400100000000000000013"
    static let ups = "1Z999AA10123456784"
    static let fedex = "797806677146"
    static let dhl = "1234567891"

    /// The valid sample number of `carrier` (another carrier's first example number).
    static func valid(for carrier: Carrier) -> String {
        switch carrier {
        case .usps: usps
        case .ups: ups
        case .fedex: fedex
        case .dhl: dhl
        default: CarrierCatalog.descriptor(for: carrier).exampleNumbers[0]
        }
    }

    /// The sample number of `carrier` with its last three digits replaced by `index` (0…999).
    ///
    /// The check digit no longer holds, which the simulator does not mind: it lets one test ask for many
    /// distinct numbers of the right shape.
    static func variant(_ index: Int, for carrier: Carrier) -> String {
        precondition((0..<1_000).contains(index), "three digits only")
        let base = valid(for: carrier)
        let digits = String(index)
        return String(base.dropLast(3)) + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// `count` distinct variants of the sample number of `carrier`.
    static func batch(of count: Int, for carrier: Carrier) -> [String] {
        (0..<count).map { variant($0, for: carrier) }
    }
}
