import CarrierCatalog
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
///
/// The validation itself is ShipwatchCore's `ShipmentFieldsValidator`, shared with the API's registration; a row
/// is rejected with its first bad field's reason.
public struct ShipmentRowValidator: Sendable {
    public var knownStores: Set<String>
    /// The carriers a row may name (by default every carrier in the catalog).
    public var roster: CarrierRoster

    public init(knownStores: Set<String>, roster: CarrierRoster = CarrierCatalog.roster) {
        self.knownStores = knownStores
        self.roster = roster
    }

    public func validate(_ record: CSVRecord, columns: ShipmentCSVColumns) -> Result<NewShipment, RejectedRow> {
        let fields = record.fields
        let shipmentFields = ShipmentFields(
            store: columns.value("store", in: fields),
            orderRef: columns.value("order_ref", in: fields),
            carrier: columns.value("carrier", in: fields),
            trackingNumber: columns.value("tracking_number", in: fields),
            shippedAt: columns.value("shipped_at", in: fields),
            orderedAt: columns.value("ordered_at", in: fields),
            customerEmail: columns.value("customer_email", in: fields),
            destinationPostalCode: columns.value("destination_postal_code", in: fields),
            destinationCountry: columns.value("destination_country", in: fields)
        )
        return ShipmentFieldsValidator(knownStores: knownStores, roster: roster).validate(shipmentFields).mapError { failure in
            RejectedRow(line: record.line, reason: failure.problems.first?.message ?? "invalid row")
        }
    }

    /// Validates the number against the given carrier, or detects the carrier when none is given.
    public static func resolveCarrier(
        _ carrierText: String?, trackingNumber: String, roster: CarrierRoster = CarrierCatalog.roster
    ) -> Result<(Carrier, String), ValidationMessage> {
        ShipmentFieldsValidator.resolveCarrier(carrierText, trackingNumber: trackingNumber, roster: roster)
    }
}
