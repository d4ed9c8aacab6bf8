import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns one decoded USPS item into a normalized `TrackingSnapshot`.
struct USPSSnapshotBuilder {
    /// The number the caller asked for (the snapshot is keyed on it).
    let trackingNumber: String
    let detail: USPSTrackingDetail
    /// The same item's `trackingEvents` as raw fragments, index for index.
    let rawEvents: [JSONNode]
    /// Where the item sits in the answer, for error paths ("" for a single-object answer, "[3]" in an array).
    let pathPrefix: String

    /// The snapshot; a scan with no readable time at all is left out and listed in `skippedScans`.
    func build() -> TrackingSnapshot {
        let wireEvents = detail.trackingEvents ?? []
        let domestic = detail.isDomesticMail
        var events: [ScanEvent] = []
        var times: [USPSEventTime] = []
        var unmapped: [UnmappedCode] = []
        var deliverySigner: String?
        var anySigner: String?
        events.reserveCapacity(wireEvents.count)

        // USPS lists newest first: walk oldest first so `carrierSequence` counts up from 0.
        var skipped: [SkippedScan] = []
        for wireIndex in wireEvents.indices.reversed() {
            let wire = wireEvents[wireIndex]
            let sequence = events.count
            guard let time = USPSEventTime.resolve(
                eventTimestamp: wire.eventTimestamp, gmtTimestamp: wire.gmtTimestamp, gmtOffset: wire.gmtOffset
            ) else {
                // Left out and reported; the number's other scans are kept.
                skipped.append(SkippedScan(
                    path: "\(pathPrefix)\(pathPrefix.isEmpty ? "" : ".")trackingEvents[\(wireIndex)].eventTimestamp",
                    reason: "no readable eventTimestamp or GMTTimestamp (\((wire.eventTimestamp ?? "null").prefix(60)))"
                ))
                continue
            }
            let resolution = USPSStatusTable.resolve(eventCode: wire.eventCode, eventType: wire.eventType)
            let code = wire.eventCode?.trimmingSpaces() ?? ""
            let description = wire.eventType ?? ""
            if resolution.isUnmapped, !unmapped.contains(where: { $0.code == code && $0.description == description }) {
                unmapped.append(UnmappedCode(carrier: .usps, code: code, description: description))
            }
            if let signer = nonEmpty(wire.signer) {
                anySigner = signer
                if resolution.milestone == .delivered { deliverySigner = signer }
            }
            times.append(time)
            events.append(ScanEvent(
                occurredAt: time.occurredAt,
                localTime: time.localTime,
                utcOffsetSeconds: time.utcOffsetSeconds,
                zoneConfidence: time.confidence,
                location: location(of: wire),
                carrierCode: code,
                description: description,
                milestone: resolution.milestone,
                raw: wireIndex < rawEvents.count ? rawEvents[wireIndex].jsonText : "null",
                carrierSequence: sequence
            ))
        }
        anchorAssumedTimes(&events, times: times)

        return TrackingSnapshot(
            carrier: .usps,
            trackingNumber: trackingNumber,
            carrierStatus: nonEmpty(detail.status) ?? nonEmpty(detail.statusCategory),
            estimatedDelivery: detail.deliveryEstimateText.flatMap(CarrierTimestamp.parse)?.local,
            service: USPSMarkupText.plain(detail.mailClass),
            originCountry: CountryNames.isoCode(for: detail.originCountry) ?? (domestic ? "US" : nil),
            destinationCountry: CountryNames.isoCode(for: detail.destinationCountryValue) ?? (domestic ? "US" : nil),
            signedBy: deliverySigner ?? anySigner,
            events: events,
            unmappedCodes: unmapped,
            skippedScans: skipped
        )
    }

    /// City (or facility name), state, ZIP, and the country as ISO code; a scan without a country is domestic.
    private func location(of wire: USPSTrackingEvent) -> EventLocation {
        let country = CountryNames.isoCode(for: wire.eventCountry)
        let hasCountryText = !(wire.eventCountry ?? "").trimmingSpaces().isEmpty
        return EventLocation(
            city: wire.eventCity,
            region: wire.eventState,
            postalCode: wire.zipCode,
            countryCode: country ?? (hasCountryText ? nil : "US")
        )
    }

    /// A scan with only a wall time is placed by `ScanTimePlacer`: the zone of its state or city, else the
    /// offset of a neighbouring scan, else UTC, and then USPS's own order wins over a guessed instant.
    private func anchorAssumedTimes(_ events: inout [ScanEvent], times: [USPSEventTime]) {
        guard times.contains(where: { $0.confidence == .assumed }) else { return }
        var placer = ScanTimePlacer()
        let placements = placer.place(events.indices.map { index in
            let time = times[index]
            return ScanTimePlacer.Scan(
                local: time.localTime ?? LocalDateTime(instant: time.occurredAt, utcOffsetSeconds: 0),
                utcOffsetSeconds: time.localTime == nil ? 0 : time.utcOffsetSeconds,
                givenConfidence: time.confidence == .derived ? .derived : .exact,
                location: events[index].location
            )
        })
        for index in events.indices where times[index].confidence == .assumed {
            events[index].occurredAt = placements[index].instant
            events[index].zoneConfidence = placements[index].confidence
            // An offset from the scan's own location is known; a borrowed one stays out of `utcOffsetSeconds`.
            if placements[index].confidence == .zoneInferred { events[index].utcOffsetSeconds = placements[index].utcOffsetSeconds }
        }
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespaceAndNewlines(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
