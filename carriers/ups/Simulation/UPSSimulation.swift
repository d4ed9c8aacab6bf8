import Foundation
import ShipwatchCore

/// How the simulator prints `gmtTime`.
public enum UPSGMTTimeStyle: String, Sendable, Hashable, CaseIterable {
    /// "07:47:00", as real answers print it.
    case colonSeparated
    /// "74700", digits with the leading zero dropped, as UPS's API sample prints it.
    case compactDigits
}

/// The server side of the UPS Track API for the carrier simulator, rendered through the adapter's own wire models.
public struct UPSSimulation: CarrierWireSimulation {
    /// Always `.ups`.
    public var carrier: Carrier { .ups }
    public var lanes: SimulatedLaneStyle {
        SimulatedLaneStyle(homeCountry: "US", domesticService: "UPS Ground", internationalService: "UPS Worldwide Saver")
    }
    public var apiKeyHeader: String? { nil }
    /// How `gmtTime` is printed.
    public var gmtTimeStyle: UPSGMTTimeStyle
    /// The clock behind the token's `issued_at`.
    public var clock: @Sendable () -> Date

    /// Creates the simulation.
    public init(gmtTimeStyle: UPSGMTTimeStyle = .colonSeparated, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.gmtTimeStyle = gmtTimeStyle
        self.clock = clock
    }

    /// The inquiry number in the path (`/api/track/v1/details/{inquiryNumber}`).
    public func requestedNumbers(in request: WireRequest) throws(CarrierError) -> [String] {
        let prefix = UPSTrackingAPI.trackingPath + "/"
        let path = request.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.path
        guard path.hasPrefix(prefix) else {
            throw .malformedPayload(detail: "not a UPS tracking path: \(request.path)")
        }
        let segment = String(path.dropFirst(prefix.count))
        let number = (segment.removingPercentEncoding ?? segment).trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, !number.contains("/") else {
            throw .invalidNumber(detail: "no single inquiry number in \(request.path)")
        }
        return [number]
    }

    /// The token endpoint's answer, with `expires_in` and `issued_at` as strings like UPS sends them.
    public func renderToken(_ token: AccessToken) -> WireResponse {
        let issuedAt = Int64((clock().timeIntervalSince1970 * 1_000).rounded(.down))
        let answer = UPSTokenResponse(
            tokenType: "Bearer",
            issuedAt: String(issuedAt),
            clientID: "shipwatch-simulator",
            accessToken: token.value,
            scope: "",
            expiresIn: String(Int(token.expiresIn.rounded(.down))),
            refreshCount: "0",
            status: "approved"
        )
        return UPSSimulation.json(status: 200, answer)
    }

    /// HTTP 200 with one shipment per parcel, then one `TW0001` shipment per unknown number.
    public func renderTracking(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse {
        let shipments = parcels.map(shipment(for:)) + notFound.map(UPSSimulation.notFoundShipment(_:))
        return UPSSimulation.json(status: 200, UPSTrackApiResponse(shipments: shipments))
    }

    /// `{"response":{"errors":[{"code","message"}]}}` with UPS's code for the status where one is known.
    public func renderError(status: Int, message: String) -> WireResponse {
        UPSSimulation.json(status: status, UPSErrorResponse(errors: [UPSMessage(code: UPSSimulation.errorCode(for: status), message: message)]))
    }

    /// The not-found shipment exactly as UPS sends it (no package, warning TW0001).
    public static func notFoundShipment(_ number: String) -> UPSShipment {
        UPSShipment(inquiryNumber: number, warnings: [UPSMessage(code: UPSErrorInterpreter.notFoundCode, message: "Tracking Information Not Found")])
    }

    /// The error code the simulator sends for an HTTP status. 400 → TV1002, 429 → 10429 and 401 → 250002
    /// are UPS's; the 403/404/5xx codes are ours (UPS's are not documented).
    public static func errorCode(for status: Int) -> String {
        switch status {
        case 400: UPSErrorInterpreter.invalidNumberCode
        case 401: "250002"
        case 403: "250009"
        case 404: UPSErrorInterpreter.notFoundCode
        case 429: UPSErrorInterpreter.rateLimitCode
        default: String(status)
        }
    }

    /// One found shipment for a parcel.
    public func shipment(for parcel: SimulatedParcel) -> UPSShipment {
        let chronological = parcel.scans.enumerated().sorted { ($0.element.occurredAt, $0.offset) < ($1.element.occurredAt, $1.offset) }.map(\.element)
        let latest = chronological.last
        let delivered = chronological.last { $0.milestone == .delivered }
        var deliveryDates: [UPSDeliveryDate] = []
        if let estimate = parcel.estimatedDelivery {
            deliveryDates.append(UPSDeliveryDate(type: "SDD", date: UPSTimeText.renderDate(estimate)))
        }
        var deliveryTime: UPSDeliveryTime?
        if let delivered {
            let local = LocalDateTime(instant: delivered.occurredAt, utcOffsetSeconds: delivered.utcOffsetSeconds)
            deliveryDates.append(UPSDeliveryDate(type: "DEL", date: UPSTimeText.renderDate(local)))
            deliveryTime = UPSDeliveryTime(type: "DEL", endTime: UPSTimeText.renderTime(local))
        }
        let currentStatus = latest.map { scan in
            let status = UPSSimulationWording.status(for: scan.milestone, description: scan.description)
            return UPSStatus(code: status.statusCode, description: status.description, simplifiedTextDescription: status.simplifiedTextDescription)
        }
        let package = UPSPackage(
            trackingNumber: parcel.trackingNumber,
            activity: chronological.reversed().map(activity(for:)),
            currentStatus: currentStatus,
            deliveryDate: deliveryDates,
            deliveryTime: deliveryTime,
            deliveryInformation: parcel.signedBy.map { UPSDeliveryInformation(receivedBy: $0) },
            packageAddress: addresses(origin: parcel.originCountry, destination: parcel.destinationCountry),
            service: parcel.service.map { UPSService(description: $0) },
            packageCount: 1
        )
        return UPSShipment(inquiryNumber: parcel.trackingNumber, package: [package])
    }

    /// One activity with local date/time, UTC date/time (in `gmtTimeStyle`) and the offset.
    public func activity(for scan: SimulatedScan) -> UPSActivity {
        let local = LocalDateTime(instant: scan.occurredAt, utcOffsetSeconds: scan.utcOffsetSeconds)
        let utc = LocalDateTime(instant: scan.occurredAt, utcOffsetSeconds: 0)
        let gmtTime = switch gmtTimeStyle {
        case .colonSeparated: UPSTimeText.renderColonTime(utc)
        case .compactDigits: UPSTimeText.renderCompactTime(utc)
        }
        return UPSActivity(
            location: UPSLocation(address: address(scan.location)),
            status: UPSSimulationWording.status(for: scan.milestone, description: scan.description),
            date: UPSTimeText.renderDate(local),
            time: UPSTimeText.renderTime(local),
            gmtDate: UPSTimeText.renderDate(utc),
            gmtTime: gmtTime,
            gmtOffset: UPSTimeText.renderOffset(scan.utcOffsetSeconds)
        )
    }

    private func address(_ location: EventLocation) -> UPSAddress? {
        guard !location.isEmpty else { return nil }
        return UPSAddress(
            city: location.city, stateProvince: location.region, postalCode: location.postalCode,
            country: location.countryCode, countryCode: location.countryCode
        )
    }

    private func addresses(origin: String?, destination: String?) -> [UPSPackageAddress]? {
        let entries = [("ORIGIN", origin), ("DESTINATION", destination)].compactMap { type, country in
            country.map { UPSPackageAddress(type: type, address: UPSAddress(country: $0, countryCode: $0)) }
        }
        return entries.isEmpty ? nil : entries
    }

    private static func json(status: Int, _ value: some Encodable) -> WireResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)).map { Array($0) } ?? Array("{}".utf8)
        return WireResponse(status: status, headers: [WireField("Content-Type", "application/json")], body: body)
    }
}
