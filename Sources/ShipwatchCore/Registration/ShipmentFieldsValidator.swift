import Foundation

/// The one validation of a shipment to register, shared by the CSV import, `shipments add` and the API's
/// `POST /v1/shipments`: known store, order reference, tracking number (check digits, carrier detection),
/// ISO 8601 dates, e-mail shape and ISO country code.
public struct ShipmentFieldsValidator: Sendable {
    public var knownStores: Set<String>
    /// The carriers a shipment may name, and whose formats its number is checked against.
    public var roster: CarrierRoster

    public init(knownStores: Set<String>, roster: CarrierRoster) {
        self.knownStores = knownStores
        self.roster = roster
    }

    /// The shipment, or every bad field in column order (at least one).
    public func validate(_ fields: ShipmentFields) -> Result<NewShipment, ShipmentFieldProblems> {
        var problems: [ShipmentFieldProblem] = []
        func problem(_ field: String, _ message: String) {
            problems.append(ShipmentFieldProblem(field: field, message: message))
        }
        for (name, value) in fields.named where value.map(Self.hasControlCharacters) == true {
            problem(name, "\(name) contains a control character")
        }
        guard problems.isEmpty else { return .failure(ShipmentFieldProblems(problems: problems)) }
        let store = fields.store
        if let store {
            if !knownStores.contains(store) {
                problem("store", "unknown store '\(store)' (known: \(knownStores.sorted().joined(separator: ", ")))")
            }
        } else {
            problem("store", "missing field: store")
        }
        if fields.orderRef == nil { problem("order_ref", "missing field: order_ref") }
        var resolved: (Carrier, TrackingNumber)?
        if let trackingText = fields.trackingNumber {
            switch Self.resolveNumber(fields.carrier, trackingNumber: trackingText, roster: roster) {
            case .success(let pair): resolved = pair
            case .failure(let message):
                problem(message.text.hasPrefix("unknown carrier") ? "carrier" : "tracking_number", message.text)
            }
        } else {
            problem("tracking_number", "missing field: tracking_number")
        }
        var dates: [String: Date] = [:]
        for (column, text) in [("shipped_at", fields.shippedAt), ("ordered_at", fields.orderedAt)] {
            guard let text else { continue }
            switch ISODateParsing.parse(text) {
            case .success(let date): dates[column] = date
            case .failure(let message): problem(column, "bad date in \(column): \(message.text)")
            }
        }
        if let email = fields.customerEmail, !Self.looksLikeEmail(email) {
            problem("customer_email", "invalid customer_email (not an e-mail address)")
        }
        var countryCode: String?
        if let country = fields.destinationCountry {
            let code = country.uppercased()
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                countryCode = code
            } else {
                problem("destination_country", "invalid destination_country '\(country)' (expected an ISO 3166 two-letter code)")
            }
        }
        guard problems.isEmpty, let store, let orderRef = fields.orderRef, let resolved else {
            return .failure(ShipmentFieldProblems(problems: problems))
        }
        return .success(NewShipment(
            store: store, orderRef: orderRef, carrier: resolved.0, trackingNumber: resolved.1.value,
            orderedAt: dates["ordered_at"], shippedAt: dates["shipped_at"], customerEmail: fields.customerEmail,
            destinationPostalCode: fields.destinationPostalCode, destinationCountry: countryCode,
            printedNumber: resolved.1.printedWhenDifferent
        ))
    }

    /// Validates the number against the given carrier, or detects the carrier when none is given; the number as
    /// the carrier's API wants it.
    public static func resolveCarrier(
        _ carrierText: String?, trackingNumber: String, roster: CarrierRoster
    ) -> Result<(Carrier, String), ValidationMessage> {
        resolveNumber(carrierText, trackingNumber: trackingNumber, roster: roster).map { ($0.0, $0.1.value) }
    }

    /// Validates the number against the given carrier, or detects the carrier when none is given, among the
    /// roster's carriers.
    public static func resolveNumber(
        _ carrierText: String?, trackingNumber: String, roster: CarrierRoster
    ) -> Result<(Carrier, TrackingNumber), ValidationMessage> {
        if let carrierText {
            guard let carrier = roster.carrier(named: carrierText) else {
                return .failure(.init("unknown carrier '\(carrierText)' (expected \(roster.namesInWords))"))
            }
            do {
                return .success((carrier, try roster.trackingNumber(trackingNumber, carrier: carrier)))
            } catch {
                return .failure(.init("invalid tracking number: \(error)"))
            }
        }
        let number: TrackingNumber
        do {
            number = try roster.trackingNumber(trackingNumber)
        } catch {
            return .failure(.init("invalid tracking number: \(error)"))
        }
        guard let carrier = number.detectedCarrier else {
            let candidates = number.candidates.map { "\($0.carrier.rawValue) (\($0.format))" }.joined(separator: ", ")
            return .failure(.init("ambiguous tracking number '\(number.value)': fits \(candidates); set the carrier"))
        }
        return .success((carrier, number))
    }

    /// True when `text` holds a control character (NUL, line breaks, escapes…): no shipment field may, and
    /// PostgreSQL refuses NUL in text.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// A plausible address: one `@`, a dotted domain, no whitespace. Delivery decides the rest.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}

/// Every bad field of one shipment to register, in column order.
public struct ShipmentFieldProblems: Error, Sendable, Hashable {
    public var problems: [ShipmentFieldProblem]

    public init(problems: [ShipmentFieldProblem]) {
        self.problems = problems
    }
}
