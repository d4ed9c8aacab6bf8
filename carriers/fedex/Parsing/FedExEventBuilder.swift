import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns one track result's `scanEvents` (newest first) into normalized scans, oldest first.
struct FedExEventBuilder {
    /// The scans in FedEx's order.
    let scans: [FedExScanEvent]
    /// The same scans as raw JSON, in the same order.
    let fragments: [JSONNode]
    /// Field path of the track result, for failure details.
    let path: String
    /// `latestStatusDetail`, whose `delayDetail` completes the newest scan when that scan carries none.
    let latestStatus: FedExStatusDetail?
    /// ISO country of the shipper, for telling export from import clearance.
    let originCountry: String?
    /// ISO country of the recipient.
    let destinationCountry: String?

    /// The scans oldest first, the codes the status table does not know, and the scans left out for want of a
    /// usable date.
    func build() -> (events: [ScanEvent], unmapped: [UnmappedCode], skipped: [SkippedScan]) {
        var dated: [(index: Int, time: CarrierTimestamp)] = []
        var skipped: [SkippedScan] = []
        dated.reserveCapacity(scans.count)
        for (index, scan) in scans.enumerated() {
            switch timestamp(of: scan, at: index) {
            case .success(let time): dated.append((index, time))
            case .failure(let reason): skipped.append(reason)
            }
        }
        let locations = scans.map { Self.location($0.scanLocation) }
        // FedEx sends newest first; an answer whose first scan is older than its last is taken as oldest first.
        let provisional = dated.map { $0.time.instant(assumingOffset: 0) }
        let chronological = Self.isOldestFirst(provisional) ? dated : dated.reversed()
        var placer = ScanTimePlacer()
        let placements = placer.place(chronological.map { entry in
            ScanTimePlacer.Scan(
                local: entry.time.local, utcOffsetSeconds: entry.time.utcOffsetSeconds,
                location: locations[entry.index], isDateOnly: Self.isDateOnly(entry.time)
            )
        })

        var events: [ScanEvent] = []
        var unmapped: [UnmappedCode] = []
        events.reserveCapacity(chronological.count)
        for (sequence, entry) in chronological.enumerated() {
            let index = entry.index
            let scan = scans[index]
            let code = (scan.eventType ?? "").trimmingSpaces()
            let isNewest = sequence == chronological.count - 1
            let facts = FedExScanFacts(
                eventType: code,
                derivedStatusCode: scan.derivedStatusCode,
                locationType: scan.locationType,
                delayType: delayType(of: scan, isNewest: isNewest),
                description: scan.eventDescription,
                scanCountry: locations[index].countryCode,
                originCountry: originCountry,
                destinationCountry: destinationCountry
            )
            let milestone = FedExStatusTable.milestone(for: facts)
            let description = Self.description(of: scan)
            if milestone == .unknown, !unmapped.contains(where: { $0.code == code }) {
                unmapped.append(UnmappedCode(carrier: .fedex, code: code, description: description))
            }
            events.append(ScanEvent(
                occurredAt: placements[sequence].instant,
                localTime: entry.time.local,
                utcOffsetSeconds: placements[sequence].utcOffsetSeconds,
                zoneConfidence: placements[sequence].confidence,
                location: locations[index],
                carrierCode: code,
                description: description,
                milestone: milestone,
                raw: raw(of: scan, at: index),
                carrierSequence: sequence,
                isDateOnly: Self.isDateOnly(entry.time)
            ))
        }
        return (events, unmapped, skipped)
    }

    /// FedEx's "time unknown": a date at midnight without an offset (`2024-08-15T00:00:00`, or `2024-08-15`).
    /// Timed FedEx scans always carry their offset.
    static func isDateOnly(_ time: CarrierTimestamp) -> Bool {
        time.utcOffsetSeconds == nil && time.local.hour == 0 && time.local.minute == 0 && time.local.second == 0
    }

    private func timestamp(of scan: FedExScanEvent, at index: Int) -> Result<CarrierTimestamp, SkippedScan> {
        let fieldPath = "\(path).scanEvents[\(index)].date"
        guard let text = scan.date?.trimmingSpaces(), !text.isEmpty else {
            return .failure(SkippedScan(path: fieldPath, reason: "scan time missing"))
        }
        guard let timestamp = CarrierTimestamp.parse(text) else {
            return .failure(SkippedScan(path: fieldPath, reason: "unreadable scan time \"\(text.prefix(60))\""))
        }
        return .success(timestamp)
    }

    private func delayType(of scan: FedExScanEvent, isNewest: Bool) -> String? {
        if let type = scan.delayDetail?.type, !type.isEmpty { return type }
        guard isNewest, let latestStatus,
              latestStatus.code?.uppercased() == scan.eventType?.trimmingSpaces().uppercased()
        else { return nil }
        return latestStatus.delayDetail?.type
    }

    private func raw(of scan: FedExScanEvent, at index: Int) -> String {
        if fragments.count == scans.count { return fragments[index].jsonText }
        return String(decoding: FedExJSON.encode(scan), as: UTF8.self)
    }

    /// FedEx sends newest first; an answer whose first scan is older than its last is taken as oldest first.
    static func isOldestFirst(_ instants: [Date]) -> Bool {
        guard let first = instants.first, let last = instants.last else { return false }
        return first < last
    }

    /// The scan's address as a location, country mapped to ISO.
    static func location(_ address: FedExAddress?) -> EventLocation {
        guard let address else { return EventLocation() }
        return EventLocation(
            city: address.city,
            region: address.stateOrProvinceCode,
            postalCode: address.postalCode,
            countryCode: CountryNames.isoCode(code: address.countryCode, name: address.countryName)
        )
    }

    /// The event description, with the exception text when FedEx gave one ("Clearance delay - Import (Awaiting …)").
    static func description(of scan: FedExScanEvent) -> String {
        let base = (scan.eventDescription ?? "").trimmingWhitespaceAndNewlines()
        let exception = (scan.exceptionDescription ?? "").trimmingWhitespaceAndNewlines()
        let text = base.isEmpty ? (scan.derivedStatus ?? "").trimmingWhitespaceAndNewlines() : base
        guard !exception.isEmpty, exception.caseInsensitiveCompare(text) != .orderedSame else { return text }
        return text.isEmpty ? exception : "\(text) (\(exception))"
    }
}
