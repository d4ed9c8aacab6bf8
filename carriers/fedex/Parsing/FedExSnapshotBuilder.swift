import CarrierSupport
import Foundation
import ShipwatchCore

/// Builds the normalized snapshot of one FedEx track result.
struct FedExSnapshotBuilder {
    /// The number the snapshot is for.
    let trackingNumber: String
    /// The chosen track result.
    let trackResult: FedExTrackResult
    /// Its `scanEvents` as raw JSON.
    let eventFragments: [JSONNode]
    /// Its field path in the answer.
    let path: String

    /// The snapshot; scans without a readable time are left out and listed in `skippedScans`.
    func build() -> TrackingSnapshot {
        let origin = Self.country(trackResult.shipperInformation?.address, trackResult.originLocation?.locationContactAndAddress?.address)
        let destination = Self.country(
            trackResult.recipientInformation?.address,
            trackResult.destinationLocation?.locationContactAndAddress?.address,
            trackResult.lastUpdatedDestinationAddress
        )
        let timeline = FedExEventBuilder(
            scans: trackResult.scanEvents ?? [],
            fragments: eventFragments,
            path: path,
            latestStatus: trackResult.latestStatusDetail,
            originCountry: origin,
            destinationCountry: destination
        ).build()
        return TrackingSnapshot(
            carrier: .fedex,
            trackingNumber: trackingNumber,
            carrierStatus: Self.firstText(trackResult.latestStatusDetail?.description, trackResult.latestStatusDetail?.statusByLocale),
            estimatedDelivery: FedExDeliveryEstimate.estimate(in: trackResult),
            service: Self.firstText(trackResult.serviceDetail?.description, trackResult.serviceDetail?.type),
            originCountry: origin,
            destinationCountry: destination,
            signedBy: Self.firstText(trackResult.deliveryDetails?.receivedByName, trackResult.deliveryDetails?.signedByName),
            events: timeline.events,
            unmappedCodes: timeline.unmapped,
            skippedScans: timeline.skipped
        )
    }

    /// The ISO country of the first address that names one.
    private static func country(_ addresses: FedExAddress?...) -> String? {
        for case let address? in addresses {
            if let code = CountryNames.isoCode(code: address.countryCode, name: address.countryName) { return code }
        }
        return nil
    }

    /// The first value that is not empty after trimming.
    private static func firstText(_ values: String?...) -> String? {
        for case let value? in values {
            let trimmed = value.trimmingWhitespaceAndNewlines()
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }
}
