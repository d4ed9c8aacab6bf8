import ShipwatchCore

/// USPS number formats: the Intelligent Mail package barcode (IMpb), the older 20- and 22-digit Delivery and
/// Signature Confirmation numbers, each optionally behind the `420` + ZIP routing prefix of the printed barcode, and
/// the UPU S10 items of every posting country but Germany (Deutsche Post's, which DHL tracks).
///
/// IMpb numbers are last-mile hand-offs: consolidators (DHL eCommerce, FedEx Ground Economy, UPS Mail Innovations)
/// give parcels to USPS under them and track them under the same number.
public struct USPSNumberFormats: TrackingNumberFormats {
    public init() {}

    public var carrier: Carrier { .usps }

    public func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch] {
        if let country = S10ItemNumber.country(of: number), country != "DE" {
            return [.init(carrier: .usps, format: S10ItemNumber.formatName(country: country), number: number.text)]
        }
        guard number.isAllDigits else { return [] }
        if let format = Self.coreFormat(number.digits[...]) {
            return [.init(carrier: .usps, format: format, number: number.text, isLastMileHandOff: format == Self.impb)]
        }
        if let routed = Self.routed(number) { return [routed] }
        return []
    }

    /// The S10 shape, or the lengths of the IMpb and Confirmation numbers (bare or routed).
    public func mismatchedFormat(_ number: TrackingNumberText) -> String? {
        if S10ItemNumber.hasShape(number.characters) { return S10ItemNumber.mismatchName }
        guard number.isAllDigits, [20, 22, 26, 30, 34].contains(number.count) else { return nil }
        return Self.impb
    }

    static let impb = "USPS IMpb"

    /// The `420` + ZIP (5 or 9 digits) routing prefix: the printed barcode carries it, the carriers' APIs want
    /// the number behind it. Nil when the number has no such prefix before a valid USPS number.
    static func routed(_ number: TrackingNumberText) -> TrackingNumberMatch? {
        let digits = number.digits
        guard digits.starts(with: [4, 2, 0]) else { return nil }
        for zipLength in [5, 9] {
            let start = 3 + zipLength
            guard digits.count > start, let format = coreFormat(digits[start...]) else { continue }
            // A 9-digit ZIP is only ever followed by a 22-digit number; a 5-digit one by a 20- to 26-digit one.
            if zipLength == 9, digits.count - start != 22 { continue }
            return .init(
                carrier: .usps,
                format: format + " with 420 ZIP routing",
                number: number.suffix(from: start),
                routingPrefix: number.slice(0, length: start),
                isLastMileHandOff: format == impb
            )
        }
        return nil
    }

    /// The format a bare USPS number (no routing prefix) fits, if any.
    static func coreFormat(_ digits: ArraySlice<Int>) -> String? {
        if isIMpb(digits) { return impb }
        switch digits.count {
        case 20 where CheckDigits.gs1Mod10(digits):
            return "USPS 20-digit"
        case 20 where CheckDigits.gs1Mod10([9, 1] + digits):
            // The 91 application identifier is left off the printed number but counts in the check digit.
            return "USPS Confirmation (91)"
        case 22 where digits.starts(with: [9, 1]) && CheckDigits.gs1Mod10(digits):
            return "USPS Confirmation (91)"
        default:
            return nil
        }
    }

    /// IMpb: application identifier 92–95, a 3-digit service type, a mailer id (9 digits starting with 9, or 6
    /// digits starting 0–8), a package id, and a GS1 mod 10 check digit; 22, 26 or (for 94 only) 30 digits.
    /// 92 goes with a 9-digit mailer id and 93 with a 6-digit one.
    static func isIMpb(_ digits: ArraySlice<Int>) -> Bool {
        guard [22, 26, 30].contains(digits.count) else { return false }
        let values = Array(digits)
        let applicationID = values[0] * 10 + values[1]
        guard (92...95).contains(applicationID) else { return false }
        let mailerAndPackage = values.count - 5 - 1
        let nineDigitMailer = values[5] == 9
        switch (applicationID, nineDigitMailer) {
        case (92, false), (93, true):
            return false
        case (94, true):
            guard [24, 20, 16].contains(mailerAndPackage) else { return false }
        default:
            guard [20, 16].contains(mailerAndPackage) else { return false }
        }
        return CheckDigits.gs1Mod10(values)
    }
}
