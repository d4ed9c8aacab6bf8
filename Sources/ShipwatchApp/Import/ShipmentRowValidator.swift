import Foundation
import ShipwatchCore

/// One rejected CSV row: where, and why.
public struct RejectedRow: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// Turns one CSV record into a validated `NewShipment`, or says precisely what is wrong with it.
public struct ShipmentRowValidator: Sendable {
    public var knownStores: Set<String>

    public init(knownStores: Set<String>) {
        self.knownStores = knownStores
    }

    public func validate(_ record: CSVRecord, columns: ShipmentCSVColumns) -> Result<NewShipment, RejectedRow> {
        func reject(_ reason: String) -> Result<NewShipment, RejectedRow> {
            .failure(RejectedRow(line: record.line, reason: reason))
        }
        let fields = record.fields
        guard let store = columns.value("store", in: fields) else { return reject("missing field: store") }
        guard knownStores.contains(store) else {
            return reject("unknown store '\(store)' (known: \(knownStores.sorted().joined(separator: ", ")))")
        }
        guard let orderRef = columns.value("order_ref", in: fields) else { return reject("missing field: order_ref") }
        guard let trackingText = columns.value("tracking_number", in: fields) else {
            return reject("missing field: tracking_number")
        }
        let carrierResult = Self.resolveCarrier(columns.value("carrier", in: fields), trackingNumber: trackingText)
        guard case .success(let (carrier, trackingNumber)) = carrierResult else {
            if case .failure(let message) = carrierResult { return reject(message.text) }
            return reject("invalid tracking number")
        }
        var shipment = NewShipment(store: store, orderRef: orderRef, carrier: carrier, trackingNumber: trackingNumber)
        for (column, keyPath) in [("shipped_at", \NewShipment.shippedAt), ("ordered_at", \NewShipment.orderedAt)] {
            guard let text = columns.value(column, in: fields) else { continue }
            switch ISODateParsing.parse(text) {
            case .success(let date): shipment[keyPath: keyPath] = date
            case .failure(let message): return reject("bad date in \(column): \(message.text)")
            }
        }
        if let email = columns.value("customer_email", in: fields) {
            guard Self.looksLikeEmail(email) else { return reject("invalid customer_email (not an e-mail address)") }
            shipment.customerEmail = email
        }
        shipment.destinationPostalCode = columns.value("destination_postal_code", in: fields)
        if let country = columns.value("destination_country", in: fields) {
            let code = country.uppercased()
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                return reject("invalid destination_country '\(country)' (expected an ISO 3166 two-letter code)")
            }
            shipment.destinationCountry = code
        }
        return .success(shipment)
    }

    /// Validates the number against the given carrier, or detects the carrier when none is given.
    public static func resolveCarrier(_ carrierText: String?, trackingNumber: String) -> Result<(Carrier, String), ValidationMessage> {
        if let carrierText {
            guard let carrier = Carrier(name: carrierText) else {
                return .failure(.init("unknown carrier '\(carrierText)' (expected usps, ups, fedex or dhl)"))
            }
            do {
                let number = try TrackingNumber(trackingNumber, carrier: carrier)
                return .success((carrier, number.value))
            } catch {
                return .failure(.init("invalid tracking number: \(error)"))
            }
        }
        let number: TrackingNumber
        do {
            number = try TrackingNumber(trackingNumber)
        } catch {
            return .failure(.init("invalid tracking number: \(error)"))
        }
        guard let carrier = number.detectedCarrier else {
            let candidates = number.candidates.map { "\($0.carrier.rawValue) (\($0.format))" }.joined(separator: ", ")
            return .failure(.init("ambiguous tracking number '\(number.value)': fits \(candidates); set the carrier"))
        }
        return .success((carrier, number.value))
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}

/// A human-readable validation failure.
public struct ValidationMessage: Error, Sendable, Hashable {
    public var text: String
    public init(_ text: String) { self.text = text }
}
