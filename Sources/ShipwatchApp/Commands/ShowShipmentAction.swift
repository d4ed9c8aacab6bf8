import CarrierCatalog
import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch shipments show TRACKING`: the stored shipment(s) with that number and their timelines.
public struct ShowShipmentAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    public func run(trackingNumber: String, format: OutputFormat) async throws -> String {
        let normalized = CarrierCatalog.roster.lookupForm(trackingNumber)
        return try await context.withDatabase { database in
            let repository = ShipmentRepository(database: database)
            let shipments = try await repository.find(trackingNumber: normalized)
            guard !shipments.isEmpty else { throw ShipwatchFailure.trackingNumberUnknown("no shipment with tracking number \(normalized)") }
            var documents: [ShipmentDocument] = []
            for shipment in shipments {
                let events = try await repository.events(shipmentID: shipment.id)
                documents.append(ShipmentDocument(shipment: shipment, timeline: Timeline(events: events)))
            }
            switch format {
            case .json:
                return try Formatting.json(documents.count == 1 ? AnyEncodable(documents[0]) : AnyEncodable(documents))
            case .table, .csv:
                return documents.map(\.text).joined(separator: "\n\n")
            }
        }
    }
}

/// How a command prints its result.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
}

/// Type erasure for encoding one value or a list.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void
    init(_ value: some Encodable) { encodeValue = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
