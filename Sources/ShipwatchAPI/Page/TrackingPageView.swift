import ShipwatchCore

/// The values the customer page templates show, in the customer's terms (wall times at the place of each scan).
enum TrackingPageView {
    /// `carrierName`: the carrier's display name.
    static func result(_ tracking: StorefrontTracking, carrierName: String, storeQuery: String?) -> [String: Any] {
        let events: [[String: Any]] = tracking.events.map { event in
            let place = event.location.displayText
            return [
                "occurredAt": Timestamps.utc(event.occurredAt),
                "localTime": wallTime(event),
                "description": event.description.isEmpty ? event.milestone.customerPhrase : event.description,
                "hasPlace": !place.isEmpty,
                "place": place,
            ]
        }
        return [
            "title": "Parcel \(tracking.trackingNumber) · \(tracking.storeDisplayName)",
            "storeName": tracking.storeDisplayName,
            "trackingNumber": tracking.trackingNumber,
            "statusText": TrackingDocument.statusText(tracking.status),
            "carrier": carrierName,
            "hasEstimate": tracking.estimatedDelivery != nil,
            "estimatedDelivery": tracking.estimatedDelivery?.description ?? "",
            "estimatedDeliveryText": tracking.estimatedDelivery.map(dayText) ?? "",
            "delayed": tracking.delay != nil && tracking.status != .delivered,
            "events": events,
            "hasStore": storeQuery != nil,
            "storeQuery": storeQuery.map(PathEncoding.segment) ?? "",
        ]
    }

    static func form(message: String?, trackingNumber: String, postalCode: String, store: String?) -> [String: Any] {
        [
            "title": "Track your parcel",
            "hasMessage": message != nil,
            "message": message ?? "",
            "trackingNumber": trackingNumber,
            "postalCode": postalCode,
            "hasStore": store != nil,
            "store": store ?? "",
        ]
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "22 Nov 2026, 13:58" at the place of the scan, or in UTC (marked) when the carrier gave no local time.
    static func wallTime(_ event: StorefrontEvent) -> String {
        if let local = event.localTime {
            return "\(local.day) \(months[local.month - 1]) \(local.year), \(two(local.hour)):\(two(local.minute))"
        }
        let utc = LocalDateTime(instant: event.occurredAt, utcOffsetSeconds: 0)
        return "\(utc.day) \(months[utc.month - 1]) \(utc.year), \(two(utc.hour)):\(two(utc.minute)) UTC"
    }

    static func dayText(_ date: CalendarDate) -> String {
        let text = date.description
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
