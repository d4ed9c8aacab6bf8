import Foundation
import ShipwatchCore

/// The body of `POST /v1/shipments`: the CSV import's columns as a JSON object of strings (or nulls).
/// `store` may be left out (the key's store); `carrier` may be left out (detected from the number).
enum RegistrationRequest {
    /// The fields, or the problem that makes the body unusable: 400 for text that is not a JSON object,
    /// 422 naming every unknown field and every value that is not a string.
    static func parse(_ body: Data) throws(Problem) -> ShipmentFields {
        let document: JSONFragment
        do {
            document = try JSONDecoder().decode(JSONFragment.self, from: body)
        } catch {
            throw Problem.badRequest("the body is not valid JSON")
        }
        guard case .object(let members) = document else {
            throw Problem.badRequest("the body must be a JSON object of shipment fields")
        }
        var values: [String: String] = [:]
        var errors: [Problem.FieldError] = []
        for name in members.keys.sorted() {
            guard let value = members[name] else { continue }
            guard fieldNames.contains(name) else {
                errors.append(.init(field: name, detail: "unknown field (known: \(fieldNames.joined(separator: ", ")))"))
                continue
            }
            switch value {
            case .string(let text): values[name] = text
            case .null: continue
            default: errors.append(.init(field: name, detail: "must be a string"))
            }
        }
        guard errors.isEmpty else { throw Problem.invalidFields(errors) }
        return ShipmentFields(
            store: values["store"], orderRef: values["order_ref"], carrier: values["carrier"],
            trackingNumber: values["tracking_number"], shippedAt: values["shipped_at"], orderedAt: values["ordered_at"],
            customerEmail: values["customer_email"], destinationPostalCode: values["destination_postal_code"],
            destinationCountry: values["destination_country"])
    }

    /// The accepted fields, in the CSV header's order.
    static let fieldNames = [
        "store", "order_ref", "carrier", "tracking_number", "shipped_at", "ordered_at",
        "customer_email", "destination_postal_code", "destination_country",
    ]
}
