/// One bad field of a shipment to register: which field (its CSV column / JSON name) and why.
public struct ShipmentFieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field's name as in the CSV header and the API body (`tracking_number`, `shipped_at`, …).
    public var field: String
    /// A sentence for people, e.g. "missing field: order_ref" or "bad date in shipped_at: …".
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
