import ShipwatchCore

/// Picks FedEx's estimated delivery from the places it may be: `dateAndTimes` ESTIMATED_DELIVERY, the
/// estimated delivery window, `dateAndTimes` COMMITMENT, then the standard transit window's end (the
/// committed date). The wall time is kept as printed (destination zone).
enum FedExDeliveryEstimate {
    /// The estimate, or nil when FedEx gave none.
    static func estimate(in trackResult: FedExTrackResult) -> LocalDateTime? {
        let candidates: [String?] = [
            dated("ESTIMATED_DELIVERY", in: trackResult),
            trackResult.estimatedDeliveryTimeWindow?.window?.ends,
            trackResult.estimatedDeliveryTimeWindow?.window?.begins,
            dated("COMMITMENT", in: trackResult),
            trackResult.standardTransitTimeWindow?.window?.ends,
        ]
        for case let text? in candidates {
            if let timestamp = CarrierTimestamp.parse(text) { return timestamp.local }
        }
        return nil
    }

    private static func dated(_ type: String, in trackResult: FedExTrackResult) -> String? {
        trackResult.dateAndTimes?.first { $0.type?.uppercased() == type }?.dateTime
    }
}
