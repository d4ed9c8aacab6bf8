import CarrierSupport
import Foundation
import ShipwatchCore

/// Renders a simulated parcel as the `trackResults[]` item FedEx would send for it.
struct FedExTrackResultRenderer {
    let parcel: SimulatedParcel

    /// The track result: scans newest first, latest status from the newest scan, typed dates, parties.
    func render() -> FedExTrackResult {
        let newestFirst = Array(parcel.scans.reversed())
        let international = parcel.originCountry != nil && parcel.destinationCountry != nil
            && parcel.originCountry != parcel.destinationCountry
        return FedExTrackResult(
            trackingNumberInfo: FedExTrackingNumberInfo(
                trackingNumber: parcel.trackingNumber,
                carrierCode: international ? "FDXE" : "FDXG",
                trackingNumberUniqueId: "12031~\(parcel.trackingNumber)~FX"
            ),
            shipperInformation: parcel.originCountry.map { FedExParty(contact: FedExContact(), address: Self.countryAddress($0)) },
            recipientInformation: parcel.destinationCountry.map { FedExParty(contact: FedExContact(), address: Self.countryAddress($0)) },
            latestStatusDetail: parcel.scans.last.map(Self.latestStatus),
            dateAndTimes: dates(),
            serviceDetail: parcel.service.map { FedExServiceDetail(type: Self.serviceType($0), description: $0) },
            scanEvents: newestFirst.map(Self.scanEvent),
            deliveryDetails: deliveryDetails(),
            originLocation: parcel.originCountry.map {
                FedExLocationDetail(locationContactAndAddress: FedExParty(address: Self.countryAddress($0)))
            },
            destinationLocation: parcel.destinationCountry.map {
                FedExLocationDetail(locationContactAndAddress: FedExParty(address: Self.countryAddress($0)), locationType: "")
            },
            estimatedDeliveryTimeWindow: FedExTimeWindow(window: FedExWindow()),
            availableNotifications: ["ON_DELIVERY", "ON_EXCEPTION"]
        )
    }

    /// One scan in FedEx's shape, time printed in the facility's offset.
    static func scanEvent(_ scan: SimulatedScan) -> FedExScanEvent {
        let wording = FedExScanWording.wording(for: scan.milestone)
        return FedExScanEvent(
            date: FedExTimeText.format(instant: scan.occurredAt, utcOffsetSeconds: scan.utcOffsetSeconds),
            eventType: wording.eventType,
            eventDescription: wording.eventText(override: scan.description, milestone: scan.milestone),
            exceptionCode: wording.exceptionCode,
            exceptionDescription: wording.exceptionDescription,
            scanLocation: address(scan.location),
            locationType: wording.locationType,
            derivedStatusCode: wording.derivedStatusCode,
            derivedStatus: wording.derivedStatus,
            delayDetail: wording.delayType.map { FedExDelayDetail(type: $0) }
        )
    }

    private static func latestStatus(_ scan: SimulatedScan) -> FedExStatusDetail {
        let wording = FedExScanWording.wording(for: scan.milestone)
        let location = scan.location
        return FedExStatusDetail(
            code: wording.eventType,
            derivedCode: wording.derivedStatusCode,
            statusByLocale: wording.derivedStatus,
            description: wording.eventText(override: scan.description, milestone: scan.milestone),
            scanLocation: FedExAddress(
                city: location.city,
                stateOrProvinceCode: location.region,
                countryCode: location.countryCode,
                countryName: location.countryCode.map(FedExCountryNames.name(forISOCode:)),
                residential: false
            ),
            delayDetail: wording.delayType.map { FedExDelayDetail(type: $0, status: "DELAYED") }
        )
    }

    /// ESTIMATED_DELIVERY, ACTUAL_DELIVERY, ACTUAL_PICKUP and SHIP, as FedEx lists them.
    private func dates() -> [FedExDateAndTime] {
        var dates: [FedExDateAndTime] = []
        let destinationOffset = parcel.scans.last?.utcOffsetSeconds ?? 0
        if let estimate = parcel.estimatedDelivery {
            dates.append(FedExDateAndTime(type: "ESTIMATED_DELIVERY", dateTime: FedExTimeText.format(local: estimate, utcOffsetSeconds: destinationOffset)))
        }
        if let delivered = parcel.scans.last(where: { $0.milestone == .delivered }) {
            dates.append(FedExDateAndTime(type: "ACTUAL_DELIVERY", dateTime: Self.time(of: delivered)))
        }
        if let pickup = parcel.scans.first(where: { $0.milestone == .accepted }) {
            dates.append(FedExDateAndTime(type: "ACTUAL_PICKUP", dateTime: Self.time(of: pickup)))
            var shipDay = LocalDateTime(instant: pickup.occurredAt, utcOffsetSeconds: pickup.utcOffsetSeconds)
            (shipDay.hour, shipDay.minute, shipDay.second) = (0, 0, 0)
            dates.append(FedExDateAndTime(type: "SHIP", dateTime: FedExTimeText.format(local: shipDay, utcOffsetSeconds: pickup.utcOffsetSeconds)))
        }
        return dates
    }

    private func deliveryDetails() -> FedExDeliveryDetails? {
        let attempts = parcel.scans.filter { $0.milestone == .deliveryAttempted }.count
        guard parcel.signedBy != nil || attempts > 0 || parcel.scans.contains(where: { $0.milestone == .delivered }) else { return nil }
        return FedExDeliveryDetails(receivedByName: parcel.signedBy, deliveryAttempts: LenientText(String(attempts)))
    }

    private static func time(of scan: SimulatedScan) -> String {
        FedExTimeText.format(instant: scan.occurredAt, utcOffsetSeconds: scan.utcOffsetSeconds)
    }

    private static func address(_ location: EventLocation) -> FedExAddress {
        FedExAddress(
            streetLines: [""],
            city: location.city,
            stateOrProvinceCode: location.region,
            postalCode: location.postalCode,
            countryCode: location.countryCode,
            countryName: location.countryCode.map(FedExCountryNames.name(forISOCode:)),
            residential: false
        )
    }

    private static func countryAddress(_ code: String) -> FedExAddress {
        FedExAddress(countryCode: code.uppercased(), countryName: FedExCountryNames.name(forISOCode: code), residential: false)
    }

    /// "FedEx International Priority" → "INTERNATIONAL_PRIORITY"; "FedEx Ground" → "FEDEX_GROUND".
    static func serviceType(_ service: String) -> String {
        let words = TextNormalization.key(service).split(separator: " ").map(String.init)
        let trimmed = words.first == "FEDEX" && words.count > 2 ? Array(words.dropFirst()) : words
        return trimmed.joined(separator: "_")
    }
}
