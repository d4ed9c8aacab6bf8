import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns one decoded USPS item into a normalized `TrackingSnapshot`.
struct USPSSnapshotBuilder {
    /// The number the caller asked for (the snapshot is keyed on it).
    let trackingNumber: String
    let detail: USPSTrackingDetail
    /// The same item's `trackingEvents` as raw fragments, index for index.
    let rawEvents: [JSONFragment]
    /// Where the item sits in the answer, for error paths ("" for a single-object answer, "[3]" in an array).
    let pathPrefix: String

    /// The snapshot; throws a field-path failure when a scan carries no readable time at all.
    func build() throws(USPSDecodingFailure) -> TrackingSnapshot {
        let wireEvents = detail.trackingEvents ?? []
        let domestic = detail.isDomesticMail
        var events: [ScanEvent] = []
        var times: [USPSEventTime] = []
        var unmapped: [UnmappedCode] = []
        var deliverySigner: String?
        var anySigner: String?
        events.reserveCapacity(wireEvents.count)

        // USPS lists newest first: walk oldest first so `carrierSequence` counts up from 0.
        for (sequence, wireIndex) in wireEvents.indices.reversed().enumerated() {
            let wire = wireEvents[wireIndex]
            guard let time = USPSEventTime.resolve(
                eventTimestamp: wire.eventTimestamp, gmtTimestamp: wire.gmtTimestamp, gmtOffset: wire.gmtOffset
            ) else {
                throw USPSDecodingFailure(
                    path: "\(pathPrefix)\(pathPrefix.isEmpty ? "" : ".")trackingEvents[\(wireIndex)].eventTimestamp",
                    reason: "no readable eventTimestamp or GMTTimestamp (\(wire.eventTimestamp ?? "null"))"
                )
            }
            let resolution = USPSStatusTable.resolve(eventCode: wire.eventCode, eventType: wire.eventType)
            let code = wire.eventCode?.trimmingCharacters(in: .whitespaces) ?? ""
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
            unmappedCodes: unmapped
        )
    }

    /// City (or facility name), state, ZIP, and the country as ISO code; a scan without a country is domestic.
    private func location(of wire: USPSTrackingEvent) -> EventLocation {
        let country = CountryNames.isoCode(for: wire.eventCountry)
        let hasCountryText = !(wire.eventCountry ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        return EventLocation(
            city: wire.eventCity,
            region: wire.eventState,
            postalCode: wire.zipCode,
            countryCode: country ?? (hasCountryText ? nil : "US")
        )
    }

    /// A scan with only a wall time takes the offset of the nearest scan in the same country whose offset
    /// is known (same facility network, most likely the same zone); failing that it stays on UTC.
    private func anchorAssumedTimes(_ events: inout [ScanEvent], times: [USPSEventTime]) {
        for index in events.indices where times[index].confidence == .assumed {
            let country = events[index].location.countryCode
            let neighbours = events.indices
                .filter { times[$0].utcOffsetSeconds != nil && events[$0].location.countryCode == country }
                .sorted { abs($0 - index) < abs($1 - index) }
            guard let nearest = neighbours.first, let offset = times[nearest].utcOffsetSeconds else { continue }
            events[index].occurredAt = times[index].assuming(offset: offset).occurredAt
        }
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
