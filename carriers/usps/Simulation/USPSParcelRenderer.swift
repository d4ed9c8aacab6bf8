import Foundation
import ShipwatchCore

/// Renders a `SimulatedParcel` as the USPS wire model, in the v3 or the v3r2 dialect.
struct USPSParcelRenderer {
    let mode: USPSTrackingMode

    /// The found item: v3 body or v3r2 array element (`statusCode` "200").
    func render(_ parcel: SimulatedParcel) -> USPSTrackingDetail {
        var detail = USPSTrackingDetail(trackingNumber: parcel.trackingNumber)
        let newestFirst = Array(parcel.scans.reversed())
        let latest = newestFirst.first.map(USPSScanWording.forScan)
        let delivered = parcel.scans.contains { $0.milestone == .delivered }
        let origin = parcel.originCountry?.uppercased()
        let destination = parcel.destinationCountry?.uppercased()
        let domestic = (origin ?? "US") == "US" && (destination ?? "US") == "US"

        detail.status = latest?.wording
        detail.statusCategory = latest?.statusCategory
        detail.statusSummary = newestFirst.first.map(summary)
        detail.mailClass = parcel.service.map(Self.withUSPSMarkup)
        detail.mailType = domestic ? "DM" : "IM"
        detail.serviceTypeCode = "001"
        detail.services = ["USPS Tracking<SUP>&#174;</SUP>"]
        detail.originCountry = origin
        detail.trackingEvents = newestFirst.map { event(for: $0, signedBy: parcel.signedBy) }

        switch mode {
        case .singleV3:
            detail.destinationCountryCode = destination
            detail.tableCode = "T"
            detail.emailEnabled = "true"
            detail.kahalaIndicator = "false"
            detail.proofOfDeliveryEnabled = "false"
            detail.restoreEnabled = "false"
            detail.rramEnabled = "false"
            detail.rreEnabled = "false"
            if !delivered, let estimate = parcel.estimatedDelivery {
                detail.expectedDeliveryTimeStamp = USPSWireTime.date(estimate) + "T00:00:00"
            }
        case .batchV3R2:
            detail.statusCode = "200"
            detail.destinationCountry = destination
            detail.servicesEligibility = USPSServicesEligibility(
                proofOfDeliveryEnabled: false, rreEnabled: false, trackingProofOfDeliveryEnabled: false
            )
            if !delivered, let estimate = parcel.estimatedDelivery {
                let day = USPSWireTime.date(estimate)
                detail.deliveryDateExpectation = USPSDeliveryDateExpectation(expectedDeliveryDate: day, predictedDeliveryDate: day)
            }
        }
        return detail
    }

    /// The v3r2 element for a number USPS does not know (`statusCode` "404" with the error envelope inline).
    static func notFoundElement(_ number: String) -> USPSTrackingDetail {
        var element = USPSTrackingDetail(trackingNumber: number)
        element.statusCode = "404"
        element.apiVersion = "/tracking/v3r2"
        element.error = USPSErrorDetail(
            code: "404",
            message: notAvailableText,
            errors: [USPSErrorItem(
                status: "404", code: USPSErrorInterpreter.notAvailableErrorCode, title: notAvailableText, detail: "",
                source: USPSErrorSource(parameter: "trackingNumber", example: number)
            )]
        )
        return element
    }

    /// The v3 body for a number USPS has no data for yet (sent with HTTP 400).
    static func notYetAvailableBody() -> USPSErrorResponse {
        let message = "12: A status update is not yet available on your package. It will be available when the shipper "
            + "provides an update or the package is given to USPS. - "
        return USPSErrorResponse(
            apiVersion: "/tracking/v3",
            error: USPSErrorDetail(
                code: "400",
                message: message,
                errors: [USPSErrorItem(code: USPSErrorInterpreter.notAvailableErrorCode, title: "12: A status update is not yet available on your package. - ", detail: "")]
            )
        )
    }

    static let notAvailableText = "Tracking is not available for this item."

    private func event(for scan: SimulatedScan, signedBy: String?) -> USPSTrackingEvent {
        let rendering = USPSScanWording.forScan(scan)
        let country = scan.location.countryCode.flatMap { $0 == "US" ? nil : USPSCountryNames.uspsName(for: $0) }
        var event = USPSTrackingEvent(
            eventCode: rendering.code,
            eventType: rendering.wording,
            gmtTimestamp: USPSWireTime.gmt(scan.occurredAt),
            gmtOffset: USPSWireTime.offsetText(scan.utcOffsetSeconds),
            eventCity: scan.location.city,
            eventState: scan.location.region,
            eventCountry: country,
            authorizedAgent: "false"
        )
        let signer = scan.milestone == .delivered ? signedBy : nil
        switch mode {
        case .singleV3:
            event.eventTimestamp = USPSWireTime.local(scan.occurredAt, offset: scan.utcOffsetSeconds)
            event.eventZIP = scan.location.postalCode
            event.name = signer
        case .batchV3R2:
            event.eventTimestamp = USPSWireTime.localWithOffset(scan.occurredAt, offset: scan.utcOffsetSeconds)
            event.eventZIPCode = scan.location.postalCode
            event.recipientName = signer
        }
        return event
    }

    private func summary(of scan: SimulatedScan) -> String {
        let wall = USPSWireTime.local(scan.occurredAt, offset: scan.utcOffsetSeconds)
        let place = scan.location.displayText
        let wording = USPSScanWording.forScan(scan).wording
        return "Latest update: \(wording) on \(wall)" + (place.isEmpty ? "." : " in \(place).")
    }

    /// "Priority Mail" → "Priority Mail<SUP>&reg;</SUP>", as USPS prints mail classes.
    private static func withUSPSMarkup(_ service: String) -> String {
        service.contains("<") ? service : service + "<SUP>&reg;</SUP>"
    }
}
