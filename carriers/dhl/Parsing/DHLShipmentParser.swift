import CarrierSupport
import Foundation
import ShipwatchCore

/// Builds a `TrackingSnapshot` from one decoded DHL shipment and the raw JSON of its events.
struct DHLShipmentParser {
    /// The shipment's position in `shipments[]`, for error paths.
    let shipmentIndex: Int

    /// The snapshot for `trackingNumber` (the number we asked for); events without a usable time go to `skippedScans`.
    ///
    /// - Parameter eventFragments: the same `events[]` on the answer's tape, in answer order, for `raw`.
    func snapshot(of shipment: DHLShipment, eventFragments: [JSONNode], trackingNumber: String) -> TrackingSnapshot {
        let originCountry = DHLLocationParser.country(of: shipment.origin)
        let destinationCountry = DHLLocationParser.country(of: shipment.destination)
        var resolver = DHLMilestoneResolver(service: shipment.service, originCountry: originCountry, destinationCountry: destinationCountry)
        let answerEvents = shipment.events ?? []
        var events: [ScanEvent] = []
        events.reserveCapacity(answerEvents.count)
        var unmapped: [UnmappedCode] = []
        var unmappedSeen: Set<String> = []

        // DHL lists events newest first; walk them oldest first. An event without a usable time is left out
        // and reported; the others are placed on the timeline together (zone inference, carrier order).
        var kept: [(answerIndex: Int, time: DHLEventTime, location: EventLocation)] = []
        var skipped: [SkippedScan] = []
        for answerIndex in answerEvents.indices.reversed() {
            switch eventTime(of: answerEvents[answerIndex], answerIndex: answerIndex) {
            case .success(let time):
                kept.append((answerIndex, time, DHLLocationParser.location(of: answerEvents[answerIndex].location?.address)))
            case .failure(let scan):
                skipped.append(scan)
            }
        }
        var placer = ScanTimePlacer()
        let placements = placer.place(kept.map {
            ScanTimePlacer.Scan(local: $0.time.local, utcOffsetSeconds: $0.time.utcOffsetSeconds, location: $0.location)
        })
        for (sequence, entry) in kept.enumerated() {
            let event = answerEvents[entry.answerIndex]
            let classification = resolver.classify(event, eventCountry: entry.location.countryCode)
            // An eCommerce event may carry its sentence in `status` and no description: that sentence is its text.
            let description = event.description ?? DHLMilestoneResolver.wording(inStatus: event.status) ?? ""
            if classification.isUnmapped, unmappedSeen.insert(classification.carrierCode + "|" + description).inserted {
                unmapped.append(UnmappedCode(carrier: .dhl, code: classification.carrierCode, description: description))
            }
            events.append(ScanEvent(
                occurredAt: placements[sequence].instant,
                localTime: entry.time.local,
                utcOffsetSeconds: placements[sequence].utcOffsetSeconds,
                zoneConfidence: placements[sequence].confidence,
                location: entry.location,
                carrierCode: classification.carrierCode,
                description: description,
                milestone: classification.milestone,
                raw: rawText(of: event, fragments: eventFragments, answerIndex: entry.answerIndex),
                carrierSequence: sequence
            ))
        }

        return TrackingSnapshot(
            carrier: .dhl,
            trackingNumber: trackingNumber,
            carrierStatus: Self.statusText(shipment.status),
            estimatedDelivery: Self.estimatedDelivery(of: shipment),
            service: Self.serviceName(of: shipment),
            originCountry: originCountry,
            destinationCountry: destinationCountry,
            signedBy: Self.signedBy(shipment, events: events),
            events: events,
            unmappedCodes: unmapped,
            skippedScans: skipped
        )
    }

    private func eventTime(of event: DHLEvent, answerIndex: Int) -> Result<DHLEventTime, SkippedScan> {
        let path = "shipments[\(shipmentIndex)].events[\(answerIndex)].timestamp"
        guard let text = event.timestamp, !text.trimmingSpaces().isEmpty else {
            return .failure(SkippedScan(path: path, reason: "missing; a scan without a time cannot be placed on the timeline"))
        }
        guard let time = DHLEventTime(text) else {
            return .failure(SkippedScan(path: path, reason: "unreadable time \"\(text.prefix(60))\""))
        }
        return .success(time)
    }

    private func rawText(of event: DHLEvent, fragments: [JSONNode], answerIndex: Int) -> String {
        if fragments.indices.contains(answerIndex) { return fragments[answerIndex].jsonText }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// DHL's own words for the current status: the description, else the code, else the category.
    static func statusText(_ status: DHLEvent?) -> String? {
        [status?.description, status?.status, status?.statusCode]
            .compactMap { $0?.trimmingWhitespaceAndNewlines() }
            .first { !$0.isEmpty }
    }

    /// The estimate's wall time: `estimatedTimeOfDelivery`, else the end of the estimated window.
    static func estimatedDelivery(of shipment: DHLShipment) -> LocalDateTime? {
        let candidates = [shipment.estimatedTimeOfDelivery, shipment.estimatedDeliveryTimeFrame?.estimatedThrough]
        return candidates.lazy.compactMap { $0.flatMap(CarrierTimestamp.parse)?.local }.first
    }

    /// The product name, else the division.
    static func serviceName(of shipment: DHLShipment) -> String? {
        [shipment.details?.product?.productName, shipment.service]
            .compactMap { $0?.trimmingWhitespaceAndNewlines() }
            .first { !$0.isEmpty }
    }

    /// The proof of delivery's signatory, else the name in an Express "Delivered - Signed for by: NAME" scan.
    static func signedBy(_ shipment: DHLShipment, events: [ScanEvent]) -> String? {
        if let name = shipment.details?.proofOfDelivery?.signed?.displayName { return name }
        let marker = "signed for by:"
        for event in events.reversed() where event.milestone == .delivered {
            if let range = event.description.range(of: marker, options: .caseInsensitive) {
                let name = event.description[range.upperBound...].trimmingSpaces()
                if !name.isEmpty { return name }
            }
        }
        return nil
    }
}
