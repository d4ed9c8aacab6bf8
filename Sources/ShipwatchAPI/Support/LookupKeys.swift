import Foundation
import ShipwatchCore

/// Path and query values that reach a lookup: a value no shipment can have (control characters, which
/// PostgreSQL refuses in text, or absurd lengths) is answered "not found" without asking the database.
enum LookupKeys {
    /// The number the shipment is stored under (a printed `420` + ZIP barcode becomes the carrier's number, see
    /// `CarrierRoster.lookupForm`), or nil when it cannot be one (letters and digits only, 1–64 of them).
    static func trackingNumber(_ raw: String, roster: CarrierRoster) -> String? {
        let number = roster.lookupForm(raw)
        guard (1...64).contains(number.utf8.count),
              number.utf8.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) })
        else { return nil }
        return number
    }

    /// The order reference, or nil when it cannot be one (empty, over 200 characters, control characters).
    static func orderRef(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 200, !ShipmentFieldsValidator.hasControlCharacters(text) else { return nil }
        return text
    }
}
