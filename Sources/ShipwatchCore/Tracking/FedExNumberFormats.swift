/// FedEx number formats: the 12-digit Express number and the barcodes that embed it, the Ground numbers and
/// their barcodes, and the SSCC container codes FedEx Ground accepts.
enum FedExNumberFormats {
    /// `routedUSPS` says whether the number already reads as a USPS number behind a `420` routing prefix: a
    /// 34-digit number that does is not taken for an Express barcode, since `420` is the GS1 identifier of a
    /// ship-to postal code.
    static func matches(_ number: TrackingNumberText, routedUSPS: Bool) -> [TrackingNumberMatch] {
        guard number.isAllDigits, let (format, apiNumber) = format(number, routedUSPS: routedUSPS) else { return [] }
        return [.init(carrier: .fedex, format: format, number: apiNumber)]
    }

    /// The format and the number the Track API wants (the embedded 12-digit number for the long barcodes).
    static func format(_ number: TrackingNumberText, routedUSPS: Bool) -> (String, String)? {
        let digits = number.digits
        switch digits.count {
        case 12 where CheckDigits.fedExMod11(digits):
            return ("FedEx Express (12 digits)", number.text)
        case 15 where CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground (15 digits)", number.text)
        case 18 where CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground SSCC-18", number.text)
        case 20 where digits.starts(with: [0, 0]) && CheckDigits.gs1Mod10(digits):
            return ("FedEx Ground SSCC (20 digits)", number.text)
        case 22 where digits.starts(with: [9, 6]) && CheckDigits.gs1Mod10(digits.suffix(15)):
            return ("FedEx Ground 96 (22 digits)", number.text)
        case 32 where digits[0] == 3 && CheckDigits.fedExMod11(digits[16..<28]):
            return number.slice(16, length: 12).map { ("FedEx ASTRA (32 digits)", $0) }
        case 34 where digits.starts(with: [9, 6]) && CheckDigits.fedExMod11(digits.suffix(14)):
            return ("FedEx Ground GSN (34 digits)", number.suffix(from: 22))
        case 34 where digits[0] != 9 && !routedUSPS && CheckDigits.fedExMod11(digits.suffix(14)):
            return ("FedEx Express barcode (34 digits)", number.suffix(from: 22))
        default:
            return nil
        }
    }
}
