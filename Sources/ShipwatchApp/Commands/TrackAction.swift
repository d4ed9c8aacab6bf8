import CarrierCatalog
import CarrierHTTP
import Foundation
import ShipwatchCore

/// `shipwatch track NUMBER`: one live lookup through the configured adapter, printed as a normalized timeline.
public struct TrackAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    public func run(number text: String, carrier carrierName: String?, format: OutputFormat) async throws -> String {
        let (carrier, number) = try resolve(text, carrierName: carrierName)
        let outcome = try await HTTPClientFactory.withClient { httpClient in
            let clients = try CarrierRegistry.makeClients(config: context.config, httpClient: httpClient, logger: context.logger)
            guard let client = clients[carrier] else {
                throw ShipwatchFailure.carrierDisabled(carrier, configSource: context.configSource)
            }
            return await client.track([number]).result(for: number)
        }
        switch outcome {
        case .success(.found(let snapshot))?:
            let codeLog = UnmappedCodeLog(logger: context.logger)
            await codeLog.note(snapshot.unmappedCodes)
            await codeLog.noteSkipped(snapshot.skippedScans, carrier: snapshot.carrier, trackingNumber: snapshot.trackingNumber)
            return try render(snapshot, format: format)
        case .success(.notFound(let detail))?:
            throw ShipwatchFailure.trackingNumberUnknown("\(CarrierCatalog.roster.displayName(of: carrier)) does not know \(number): \(detail)")
        case .success(.invalidNumber(let detail))?:
            throw ShipwatchFailure.carrierAnswer(carrier, trackingNumber: number, reason: "not a valid number: \(detail)")
        case .success(.malformed(let detail))?:
            throw ShipwatchFailure.carrierAnswer(carrier, trackingNumber: number, reason: "the answer could not be read: \(detail)")
        case .failure(let error)?:
            throw ShipwatchFailure.carrierAnswer(carrier, trackingNumber: number, reason: "\(error)")
        case nil:
            throw ShipwatchFailure.carrierAnswer(carrier, trackingNumber: number, reason: "no answer for this number")
        }
    }

    func resolve(_ text: String, carrierName: String?) throws -> (Carrier, String) {
        switch ShipmentRowValidator.resolveCarrier(carrierName, trackingNumber: text) {
        case .success(let pair): return pair
        case .failure(let message): throw ShipwatchFailure.rejectedInput(message.text)
        }
    }

    func render(_ snapshot: TrackingSnapshot, format: OutputFormat) throws -> String {
        let timeline = Timeline(events: snapshot.events)
        switch format {
        case .json:
            return try Formatting.json(TrackDocument(snapshot: snapshot, timeline: timeline))
        case .table, .csv:
            var header = "\(CarrierCatalog.roster.displayName(of: snapshot.carrier)) \(snapshot.trackingNumber): \(timeline.derivedStatus?.rawValue ?? "no scans")"
            if let status = snapshot.carrierStatus { header += " (\(status))" }
            if let eta = snapshot.estimatedDelivery { header += ", estimated delivery \(Formatting.date(eta))" }
            if let service = snapshot.service { header += "\nservice: \(service)" }
            return header + "\n\n" + TimelineText.render(timeline)
        }
    }
}

/// The JSON answer of `shipwatch track`.
struct TrackDocument: Encodable {
    var snapshot: TrackingSnapshot
    var timeline: Timeline

    enum CodingKeys: String, CodingKey {
        case carrier, status, events, service
        case trackingNumber = "tracking_number"
        case estimatedDelivery = "estimated_delivery"
        case carrierStatus = "carrier_status"
        case originCountry = "origin_country"
        case destinationCountry = "destination_country"
        case signedBy = "signed_by"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(snapshot.carrier.rawValue, forKey: .carrier)
        try container.encode(snapshot.trackingNumber, forKey: .trackingNumber)
        try container.encode(timeline.derivedStatus?.rawValue, forKey: .status)
        try container.encode(snapshot.estimatedDelivery.map(Formatting.date), forKey: .estimatedDelivery)
        try container.encode(snapshot.carrierStatus, forKey: .carrierStatus)
        try container.encode(snapshot.service, forKey: .service)
        try container.encode(snapshot.originCountry, forKey: .originCountry)
        try container.encode(snapshot.destinationCountry, forKey: .destinationCountry)
        try container.encode(snapshot.signedBy, forKey: .signedBy)
        try container.encode(TimelineDocument.events(timeline), forKey: .events)
    }
}
