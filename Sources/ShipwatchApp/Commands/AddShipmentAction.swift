import CarrierCatalog
import Foundation
import ShipwatchCore
import ShipwatchStore

/// The fields of `shipwatch shipments add`, as typed.
public struct AddShipmentInput: Sendable {
    public var store: String
    public var orderRef: String
    public var carrier: String?
    public var trackingNumber: String
    public var shippedAt: String?
    public var orderedAt: String?
    public var email: String?
    public var postalCode: String?
    public var country: String?

    public init(
        store: String, orderRef: String, carrier: String?, trackingNumber: String,
        shippedAt: String? = nil, orderedAt: String? = nil, email: String? = nil, postalCode: String? = nil, country: String? = nil
    ) {
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.shippedAt = shippedAt
        self.orderedAt = orderedAt
        self.email = email
        self.postalCode = postalCode
        self.country = country
    }
}

/// `shipwatch shipments add`: validates one shipment exactly as an import row would be, then registers it.
public struct AddShipmentAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Returns the line to print.
    public func run(_ input: AddShipmentInput) async throws -> String {
        try await context.withDatabase { database in
            let stores = Set(try await StoreRepository(database: database).list().map(\.key))
            let fields = [
                input.store, input.orderRef, input.carrier ?? "", input.trackingNumber, input.shippedAt ?? "",
                input.orderedAt ?? "", input.email ?? "", input.postalCode ?? "", input.country ?? "",
            ]
            let columns = try ShipmentCSVColumns(header: ShipmentCSVColumns.names)
            let record = CSVRecord(line: 1, fields: fields)
            switch ShipmentRowValidator(knownStores: stores).validate(record, columns: columns) {
            case .failure(let rejected):
                throw ShipwatchFailure.rejectedInput(rejected.reason)
            case .success(let shipment):
                let inserted = try await ShipmentRepository(database: database).insert([shipment])
                let what = "\(CarrierCatalog.roster.displayName(of: shipment.carrier)) \(shipment.trackingNumber) for order \(shipment.orderRef) (store \(shipment.store))"
                return inserted == 1 ? "added \(what)" : "already known: \(what)"
            }
        }
    }
}
