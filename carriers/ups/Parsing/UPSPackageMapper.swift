import Foundation
import ShipwatchCore

/// Turns one decoded UPS package (plus its raw activity fragments) into a `TrackingSnapshot`.
struct UPSPackageMapper {
    /// Where the package sits in the answer, for error details ("trackResponse.shipment[0].package[0]").
    let path: String

    /// A problem that makes the package unreadable, with the field path.
    struct Failure: Error {
        let detail: String
    }

    /// Maps the package; `rawActivities` are the same activities as JSON fragments, in the same order.
    func snapshot(of package: UPSPackage, trackingNumber: String, rawActivities: [JSONFragment]) throws(Failure) -> TrackingSnapshot {
        let activities = package.activity ?? []
        var events: [ScanEvent] = []
        events.reserveCapacity(activities.count)
        var unmapped: [UnmappedCode] = []
        for (index, activity) in activities.enumerated() {
            let event = try scanEvent(activity, index: index, count: activities.count, raw: rawActivities[safe: index])
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
            unmappedCodes: unmapped
        )
    }

    private func scanEvent(_ activity: UPSActivity, index: Int, count: Int, raw: JSONFragment?) throws(Failure) -> ScanEvent {
        guard let time = UPSActivityTime(activity: activity) else {
            let fields = [("date", activity.date), ("time", activity.time), ("gmtDate", activity.gmtDate), ("gmtTime", activity.gmtTime)]
                .map { "\($0.0)=\($0.1.map { "\"\($0)\"" } ?? "missing")" }
                .joined(separator: ", ")
            throw Failure(detail: "\(path).activity[\(index)]: no readable date and time (\(fields))")
        }
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
            location: location(activity.location?.address),
            carrierCode: code,
            description: description,
            milestone: resolution.milestone,
            raw: raw?.jsonText ?? "{}",
            carrierSequence: count - 1 - index
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
            for entry in dates where entry.type?.trimmingCharacters(in: .whitespaces).uppercased() == type {
                if let day = UPSTimeText.date(entry.date) { return LocalDateTime(year: day.year, month: day.month, day: day.day) }
            }
        }
        for entry in dates {
            if let day = UPSTimeText.date(entry.date) { return LocalDateTime(year: day.year, month: day.month, day: day.day) }
        }
        return nil
    }

    private func country(of type: String, in addresses: [UPSPackageAddress]) -> String? {
        addresses.first { $0.type?.trimmingCharacters(in: .whitespaces).uppercased() == type }?.address?.isoCountryCode
    }

    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
