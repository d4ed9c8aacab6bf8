import ShipwatchCore

/// FedEx number formats: the 12-digit Express number and the barcodes that embed it, the Ground numbers and
/// their barcodes, and the SSCC container codes FedEx Ground accepts. FedEx Ground Economy hands parcels to USPS, so
/// FedEx, when named, takes USPS's last-mile numbers too.
public struct FedExNumberFormats: TrackingNumberFormats {
    public init() {}

    public var carrier: Carrier { .fedex }
    public var acceptsLastMileHandOffs: Bool { true }

    /// A 34-digit number an earlier carrier already reads behind a `420` routing prefix is not taken for an Express
    /// barcode, since `420` is the GS1 identifier of a ship-to postal code.
    public func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch] {
        let routed = earlier.contains { $0.routingPrefix != nil }
        guard number.isAllDigits, let (format, apiNumber) = Self.format(number, routedElsewhere: routed) else { return [] }
        return [.init(carrier: .fedex, format: format, number: apiNumber)]
    }

    /// The lengths of FedEx's formats; "FedEx" alone where a USPS format has the same length.
    public func mismatchedFormat(_ number: TrackingNumberText) -> String? {
        guard number.isAllDigits else { return nil }
        switch number.count {
        case 12: return "FedEx Express (12 digits)"
        case 15: return "FedEx Ground (15 digits)"
        case 18: return "FedEx Ground SSCC-18"
        case 32: return "FedEx ASTRA (32 digits)"
        case 20, 22, 34: return "FedEx"
        default: return nil
        }
    }

    /// The format and the number the Track API wants (the embedded 12-digit number for the long barcodes).
    static func format(_ number: TrackingNumberText, routedElsewhere: Bool) -> (String, String)? {
        let digits = number.digits
        switch digits.count {
        case 12 where FedExCheckDigit.isValid(digits):
            return ("FedEx Express (12 digits)", number.text)
        case 15 where CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground (15 digits)", number.text)
        case 18 where CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground SSCC-18", number.text)
        case 20 where digits.starts(with: [0, 0]) && CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground SSCC (20 digits)", number.text)
        case 22 where digits.starts(with: [9, 6]) && CheckDigits.gs1Mod10(digits.suffix(15)):
            return ("FedEx Ground 96 (22 digits)", number.text)
        case 32 where digits[0] == 3 && FedExCheckDigit.isValid(digits[16..<28]):
            return number.slice(16, length: 12).map { ("FedEx ASTRA (32 digits)", $0) }
        case 34 where digits.starts(with: [9, 6]) && FedExCheckDigit.isValid(digits.suffix(14)):
            return ("FedEx Ground GSN (34 digits)", number.suffix(from: 22))
        case 34 where digits[0] != 9 && !routedElsewhere && FedExCheckDigit.isValid(digits.suffix(14)):
            return ("FedEx Express barcode (34 digits)", number.suffix(from: 22))
        default:
            return nil
        }
    }
}
