import Foundation
import ShipwatchCore

/// Renders a simulated parcel as a DHL Express shipment of a Unified tracking answer.
enum DHLShipmentRenderer {
    /// The shipment for a parcel: events newest first, shipment status from the latest scan.
    static func shipment(for parcel: SimulatedParcel) -> DHLShipment {
        let events = parcel.scans.map { event(for: $0, parcel: parcel) }
        let latest = events.last
        var status = latest
        if let category = latest?.statusCode {
            status?.status = DHLScanWording.shipmentCode(forCategory: category)
        }
        let delivered = parcel.scans.last { $0.milestone == .delivered }
        return DHLShipment(
            id: parcel.trackingNumber,
            service: "express",
            origin: countryPlace(parcel.originCountry),
            destination: countryPlace(parcel.destinationCountry),
            status: status,
            estimatedTimeOfDelivery: parcel.estimatedDelivery.map(estimateText),
            details: DHLShipmentDetails(
                product: parcel.service.map { DHLProduct(productName: $0) },
                proofOfDelivery: delivered.map { scan in
                    DHLProofOfDelivery(
                        timestamp: DHLEventTime.text(for: scan.occurredAt, utcOffsetSeconds: scan.utcOffsetSeconds),
                        signed: parcel.signedBy.map { DHLSignatory(type: "Person", name: $0) }
                    )
                },
                proofOfDeliverySignedAvailable: delivered == nil ? nil : parcel.signedBy != nil,
                totalNumberOfPieces: 1
            ),
            events: events.reversed()
        )
    }

    /// One scan in DHL's words.
    static func event(for scan: SimulatedScan, parcel: SimulatedParcel) -> DHLEvent {
        let address = address(for: scan.location)
        let wording = DHLScanWording.wording(for: scan.milestone, place: address.addressLocality, signedBy: parcel.signedBy)
        return DHLEvent(
            timestamp: DHLEventTime.text(for: scan.occurredAt, utcOffsetSeconds: scan.utcOffsetSeconds),
            location: scan.location.isEmpty ? nil : DHLPlace(address: address),
            statusCode: wording.category,
            status: wording.code,
            description: scan.description ?? wording.description,
            remark: wording.remark
        )
    }

    /// Express style: "CITY, REGION - COUNTRY NAME"; the ISO code only when DHL would have no name for it.
    static func address(for location: EventLocation) -> DHLAddress {
        let countryName = location.countryCode.flatMap(DHLCountryNames.dhlName(forISOCode:))
        let cityPart = [location.city, location.region].compactMap { $0 }.joined(separator: ", ")
        let locality = [cityPart.isEmpty ? nil : cityPart, countryName].compactMap { $0 }.joined(separator: " - ")
        return DHLAddress(
            addressLocality: locality.isEmpty ? nil : locality,
            countryCode: countryName == nil ? location.countryCode : nil,
            postalCode: location.postalCode
        )
    }

    private static func countryPlace(_ countryCode: String?) -> DHLPlace? {
        guard let countryCode else { return nil }
        return DHLPlace(address: address(for: EventLocation(countryCode: countryCode)))
    }

    /// A date ("2025-03-12") at midnight, else the wall time without zone.
    private static func estimateText(_ estimate: LocalDateTime) -> String {
        let text = estimate.description
        return estimate.hour == 0 && estimate.minute == 0 && estimate.second == 0 ? String(text.prefix(10)) : text
    }
}
