/// The recognizers behind `TrackingNumber`: each carrier's formats in its own file, asked in turn here.
enum TrackingNumberFormats {
    static func matches(_ text: String) -> [TrackingNumberMatch] {
        let number = TrackingNumberText(text)
        var found: [TrackingNumberMatch] = []
        found += UPSNumberFormats.matches(number)
        let s10 = S10NumberFormat.match(number)
        if let s10 { found.append(s10) }
        let usps = USPSNumberFormats.matches(number)
        found += usps
        found += FedExNumberFormats.matches(number, routedUSPS: usps.contains { $0.routingPrefix != nil })
        found += DHLNumberFormats.matches(number, isS10: s10 != nil)
        return found
    }

    /// Formats that are valid for `carrier` only when the carrier is named: consolidators (DHL eCommerce,
    /// FedEx Ground Economy, UPS Mail Innovations) hand parcels to USPS for the last mile under a USPS IMpb
    /// number, and track them under that number in their own APIs too.
    static func handOffMatches(_ text: String, carrier: Carrier) -> [TrackingNumberMatch] {
        guard carrier != .usps else { return [] }
        return USPSNumberFormats.matches(TrackingNumberText(text))
            .filter { $0.format.hasPrefix("USPS IMpb") }
            .map { TrackingNumberMatch(
                carrier: carrier,
                format: "\(carrier.displayName) via \($0.format)",
                number: $0.number,
                routingPrefix: $0.routingPrefix
            ) }
    }

    /// Explains why nothing matched: a shape that fits a format with a bad check digit says so.
    static func explainMismatch(_ text: String) -> TrackingNumberError {
        let number = TrackingNumberText(text)
        if UPSNumberFormats.isOneZShape(number.characters) { return .badCheckDigit(text, format: "UPS 1Z") }
        if UPSNumberFormats.isWaybillShape(number.characters) { return .badCheckDigit(text, format: "UPS waybill") }
        if S10NumberFormat.isShape(number.characters) { return .badCheckDigit(text, format: "UPU S10") }
        guard number.isAllDigits else { return .unrecognized(text) }
        switch number.count {
        case 10, 11: return .badCheckDigit(text, format: "DHL Express")
        case 12: return .badCheckDigit(text, format: "FedEx Express (12 digits)")
        case 15: return .badCheckDigit(text, format: "FedEx Ground (15 digits)")
        case 18: return .badCheckDigit(text, format: "FedEx Ground SSCC-18")
        case 32: return .badCheckDigit(text, format: "FedEx ASTRA (32 digits)")
        case 20, 22, 26, 30, 34: return .badCheckDigit(text, format: "USPS IMpb / FedEx (\(number.count) digits)")
        default: return .unrecognized(text)
        }
    }
}
