import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns one decoded UPS package (plus its raw activity fragments) into a `TrackingSnapshot`.
struct UPSPackageMapper {
    /// Where the package sits in the answer, for error details ("trackResponse.shipment[0].package[0]").
    let path: String

    /// Maps the package; `rawActivities` are the same activities as JSON fragments, in the same order.
    func snapshot(of package: UPSPackage, trackingNumber: String, rawActivities: [JSONNode]) -> TrackingSnapshot {
        let activities = package.activity ?? []
        var unmapped: [UnmappedCode] = []
        // UPS lists activities newest first; place them oldest first. An activity without a usable date is
        // left out and reported; the rest are placed together (zone inference, UPS's order).
        var kept: [(index: Int, time: UPSActivityTime)] = []
        var skipped: [SkippedScan] = []
        for index in activities.indices.reversed() {
            if let time = UPSActivityTime(activity: activities[index]) {
                kept.append((index, time))
            } else {
                skipped.append(SkippedScan(path: "\(path).activity[\(index)]", reason: "no readable date and time (\(fields(of: activities[index])))"))
            }
        }
        let locations = kept.map { location(activities[$0.index].location?.address) }
        var placer = ScanTimePlacer()
        let placements = placer.place(kept.indices.map { position in
            let time = kept[position].time
            // A UTC-only activity has a sure instant: it is placed as UTC, and keeps no offset below.
            return ScanTimePlacer.Scan(
                local: time.localTime ?? LocalDateTime(instant: time.occurredAt, utcOffsetSeconds: 0),
                utcOffsetSeconds: time.localTime == nil ? 0 : time.zoneConfidence == .assumed ? nil : time.utcOffsetSeconds,
                givenConfidence: time.zoneConfidence == .derived ? .derived : .exact,
                location: locations[position]
            )
        })
        var events: [ScanEvent] = []
        events.reserveCapacity(kept.count)
        for (sequence, entry) in kept.enumerated() {
            var time = entry.time
            if time.localTime != nil {
                time.occurredAt = placements[sequence].instant
                time.utcOffsetSeconds = placements[sequence].utcOffsetSeconds
                time.zoneConfidence = placements[sequence].confidence
            }
            let event = scanEvent(activities[entry.index], time: time, location: locations[sequence], raw: rawActivities[safe: entry.index], sequence: sequence)
            if event.milestone == .unknown, !event.carrierCode.isEmpty, !unmapped.contains(where: { $0.code == event.carrierCode }) {
                unmapped.append(UnmappedCode(carrier: .ups, code: event.carrierCode, description: event.description))
            }
            events.append(event)
        }
        events.sort { ($0.occurredAt, $0.carrierSequence) < ($1.occurredAt, $1.carrierSequence) }
        return TrackingSnapshot(
            carrier: .ups,
            trackingNumber: trackingNumber,
            carrierStatus: carrierStatus(package.currentStatus),
            estimatedDelivery: estimatedDelivery(package.deliveryDate ?? []),
            service: UPSPackageMapper.clean(package.service?.description),
            originCountry: country(of: "ORIGIN", in: package.packageAddress ?? []),
            destinationCountry: country(of: "DESTINATION", in: package.packageAddress ?? []),
            signedBy: UPSPackageMapper.clean(package.deliveryInformation?.receivedBy),
            events: events,
            unmappedCodes: unmapped,
            skippedScans: skipped
        )
    }

    private func fields(of activity: UPSActivity) -> String {
        [("date", activity.date), ("time", activity.time), ("gmtDate", activity.gmtDate), ("gmtTime", activity.gmtTime)]
            .map { "\($0.0)=\($0.1.map { "\"\($0.prefix(40))\"" } ?? "missing")" }
            .joined(separator: ", ")
    }

    private func scanEvent(_ activity: UPSActivity, time: UPSActivityTime, location: EventLocation, raw: JSONNode?, sequence: Int) -> ScanEvent {
        let status = activity.status ?? UPSStatus()
        let resolution = UPSStatusTable.resolve(status)
        let code = status.resolvedStatusCode ?? status.scanCode ?? status.activityType ?? ""
        let description = UPSPackageMapper.clean(status.description)
            ?? UPSPackageMapper.clean(status.simplifiedTextDescription)
            ?? resolution.entry?.meaning
            ?? ""
        return ScanEvent(
            occurredAt: time.occurredAt,
            localTime: time.localTime,
            utcOffsetSeconds: time.utcOffsetSeconds,
            zoneConfidence: time.zoneConfidence,
            location: location,
            carrierCode: code,
            description: description,
            milestone: resolution.milestone,
            raw: raw?.jsonText ?? "{}",
            carrierSequence: sequence
        )
    }

    private func location(_ address: UPSAddress?) -> EventLocation {
        guard let address else { return EventLocation() }
        return EventLocation(city: address.city, region: address.stateProvince, postalCode: address.postalCode, countryCode: address.isoCountryCode)
    }

    private func carrierStatus(_ status: UPSStatus?) -> String? {
        guard let status else { return nil }
        return UPSPackageMapper.clean(status.description)
            ?? UPSPackageMapper.clean(status.simplifiedTextDescription)
            ?? UPSStatusTable.resolve(status).entry?.meaning
    }

    /// The rescheduled date, else the scheduled one, else the delivered one.
    private func estimatedDelivery(_ dates: [UPSDeliveryDate]) -> LocalDateTime? {
        for type in ["RDD", "SDD", "DEL"] {
            for entry in dates where entry.type?.trimmingSpaces().uppercased() == type {
                if let day = UPSTimeText.date(entry.date) { return LocalDateTime(year: day.year, month: day.month, day: day.day) }
            }
        }
        for entry in dates {
            if let day = UPSTimeText.date(entry.date) { return LocalDateTime(year: day.year, month: day.month, day: day.day) }
        }
        return nil
    }

    private func country(of type: String, in addresses: [UPSPackageAddress]) -> String? {
        addresses.first { $0.type?.trimmingSpaces().uppercased() == type }?.address?.isoCountryCode
    }

    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespaceAndNewlines()
        return trimmed.isEmpty ? nil : trimmed
    }
}
