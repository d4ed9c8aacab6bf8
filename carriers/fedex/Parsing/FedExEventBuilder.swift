import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns one track result's `scanEvents` (newest first) into normalized scans, oldest first.
struct FedExEventBuilder {
    /// The scans in FedEx's order.
    let scans: [FedExScanEvent]
    /// The same scans as raw JSON, in the same order.
    let fragments: [JSONFragment]
    /// Field path of the track result, for failure details.
    let path: String
    /// `latestStatusDetail`, whose `delayDetail` completes the newest scan when that scan carries none.
    let latestStatus: FedExStatusDetail?
    /// ISO country of the shipper, for telling export from import clearance.
    let originCountry: String?
    /// ISO country of the recipient.
    let destinationCountry: String?

    /// The scans oldest first, and the codes the status table does not know.
    func build() throws(FedExDecodingFailure) -> (events: [ScanEvent], unmapped: [UnmappedCode]) {
        var times: [CarrierTimestamp] = []
        times.reserveCapacity(scans.count)
        for (index, scan) in scans.enumerated() {
            times.append(try timestamp(of: scan, at: index))
        }
        let locations = scans.map { Self.location($0.scanLocation) }
        let offsets = Self.offsets(times: times, locations: locations)
        let instants = times.indices.map { times[$0].local.instant(utcOffsetSeconds: offsets[$0]) }
        let wireOrder = Array(scans.indices)
        let chronological = Self.isOldestFirst(instants) ? wireOrder : wireOrder.reversed()

        var events: [ScanEvent] = []
        var unmapped: [UnmappedCode] = []
        events.reserveCapacity(scans.count)
        for (sequence, index) in chronological.enumerated() {
            let scan = scans[index]
            let code = (scan.eventType ?? "").trimmingCharacters(in: .whitespaces)
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
                occurredAt: instants[index],
                localTime: times[index].local,
                utcOffsetSeconds: offsets[index],
                zoneConfidence: times[index].utcOffsetSeconds == nil ? .assumed : .exact,
                location: locations[index],
                carrierCode: code,
                description: description,
                milestone: milestone,
                raw: raw(of: scan, at: index),
                carrierSequence: sequence
            ))
        }
        return (events, unmapped)
    }

    private func timestamp(of scan: FedExScanEvent, at index: Int) throws(FedExDecodingFailure) -> CarrierTimestamp {
        let fieldPath = "\(path).scanEvents[\(index)].date"
        guard let text = scan.date?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw FedExDecodingFailure(path: fieldPath, problem: "scan time missing")
        }
        guard let timestamp = CarrierTimestamp.parse(text) else {
            throw FedExDecodingFailure(path: fieldPath, problem: "unreadable scan time \"\(text)\"")
        }
        return timestamp
    }

    private func delayType(of scan: FedExScanEvent, isNewest: Bool) -> String? {
        if let type = scan.delayDetail?.type, !type.isEmpty { return type }
        guard isNewest, let latestStatus,
              latestStatus.code?.uppercased() == scan.eventType?.trimmingCharacters(in: .whitespaces).uppercased()
        else { return nil }
        return latestStatus.delayDetail?.type
    }

    private func raw(of scan: FedExScanEvent, at index: Int) -> String {
        if fragments.count == scans.count { return fragments[index].jsonText }
        return String(decoding: FedExJSON.encode(scan), as: UTF8.self)
    }

    /// The offset each scan's instant rests on: its own when FedEx printed one; otherwise the offset of the
    /// nearest scan at the same place that has one; otherwise UTC.
    static func offsets(times: [CarrierTimestamp], locations: [EventLocation]) -> [Int] {
        times.indices.map { index in
            if let offset = times[index].utcOffsetSeconds { return offset }
            let place = locations[index]
            guard !place.isEmpty else { return 0 }
            let neighbours = times.indices
                .filter { times[$0].utcOffsetSeconds != nil && locations[$0].identityKey == place.identityKey }
                .sorted { abs($0 - index) < abs($1 - index) }
            return neighbours.first.flatMap { times[$0].utcOffsetSeconds } ?? 0
        }
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
        let base = (scan.eventDescription ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let exception = (scan.exceptionDescription ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let text = base.isEmpty ? (scan.derivedStatus ?? "").trimmingCharacters(in: .whitespacesAndNewlines) : base
        guard !exception.isEmpty, exception.caseInsensitiveCompare(text) != .orderedSame else { return text }
        return text.isEmpty ? exception : "\(text) (\(exception))"
    }
}
