import Foundation

/// The adaptive polling schedule: how soon to look at a shipment again, given what it is doing.
///
/// Pure: the caller passes the shipment's state and `now`. Every interval is configurable; the defaults
/// keep a parcel's polls within DHL's "at most 10 fetches per shipment per day" and far under the others.
public struct PollSchedule: Sendable, Hashable, Codable {
    /// Label created, carrier not holding the parcel yet.
    public var labelCreatedHours: Double = 6
    /// Moving normally (accepted, in transit, departed…).
    public var movingHours: Double = 4
    /// Dwelling in customs or a sort facility: the delay monitor cares, the carrier rarely updates.
    public var dwellHours: Double = 8
    /// On the vehicle today.
    public var outForDeliveryHours: Double = 1
    /// Delivery attempted or waiting at a pickup point.
    public var awaitingCustomerHours: Double = 6
    /// After a delivery scan: one confirming poll this much later, then stop.
    public var deliveredConfirmHours: Double = 12
    /// First retry after "not found"; doubles per consecutive not-found, up to `notFoundMaxHours`.
    public var notFoundHours: Double = 1
    public var notFoundMaxHours: Double = 12
    /// First retry after a failed poll (transient error); doubles per consecutive failure, up to `failureMaxHours`.
    public var failureMinutes: Double = 15
    public var failureMaxHours: Double = 6
    /// How long due parcels of a carrier that batches numbers (USPS, FedEx) may wait for a fuller batch when
    /// nothing urgent is due (see ``BatchReadiness``).
    public var batchWaitMinutes: Double = 60
    /// Stop polling a shipment this long after it was registered.
    public var retireAfterDays: Double = 90
    /// Stop polling a shipment whose last scan is older than this (and not found for this long).
    public var retireAfterSilenceDays: Double = 45

    public init() {}

    enum CodingKeys: String, CodingKey {
        case labelCreatedHours = "label_created_hours"
        case movingHours = "moving_hours"
        case dwellHours = "dwell_hours"
        case outForDeliveryHours = "out_for_delivery_hours"
        case awaitingCustomerHours = "awaiting_customer_hours"
        case deliveredConfirmHours = "delivered_confirm_hours"
        case notFoundHours = "not_found_hours"
        case notFoundMaxHours = "not_found_max_hours"
        case failureMinutes = "failure_minutes"
        case failureMaxHours = "failure_max_hours"
        case batchWaitMinutes = "batch_wait_minutes"
        case retireAfterDays = "retire_after_days"
        case retireAfterSilenceDays = "retire_after_silence_days"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = PollSchedule()
        func value(_ key: CodingKeys, _ fallback: Double) throws -> Double {
            try container.decodeIfPresent(Double.self, forKey: key) ?? fallback
        }
        labelCreatedHours = try value(.labelCreatedHours, defaults.labelCreatedHours)
        movingHours = try value(.movingHours, defaults.movingHours)
        dwellHours = try value(.dwellHours, defaults.dwellHours)
        outForDeliveryHours = try value(.outForDeliveryHours, defaults.outForDeliveryHours)
        awaitingCustomerHours = try value(.awaitingCustomerHours, defaults.awaitingCustomerHours)
        deliveredConfirmHours = try value(.deliveredConfirmHours, defaults.deliveredConfirmHours)
        notFoundHours = try value(.notFoundHours, defaults.notFoundHours)
        notFoundMaxHours = try value(.notFoundMaxHours, defaults.notFoundMaxHours)
        failureMinutes = try value(.failureMinutes, defaults.failureMinutes)
        failureMaxHours = try value(.failureMaxHours, defaults.failureMaxHours)
        batchWaitMinutes = try value(.batchWaitMinutes, defaults.batchWaitMinutes)
        retireAfterDays = try value(.retireAfterDays, defaults.retireAfterDays)
        retireAfterSilenceDays = try value(.retireAfterSilenceDays, defaults.retireAfterSilenceDays)
    }

    /// What to do with a shipment after a poll.
    public enum Decision: Sendable, Hashable {
        case pollAgain(at: Date)
        /// Stop polling, with the reason recorded.
        case retire(reason: String)
    }

    /// The next step after a successful poll that found the shipment.
    ///
    /// - Parameters:
    ///   - status: the derived status after ingest.
    ///   - deliveredConfirmed: true when the delivered status was already seen by an earlier poll.
    public func afterFound(status: Milestone?, lastEventAt: Date?, createdAt: Date, deliveredConfirmed: Bool, now: Date) -> Decision {
        if let retirement = retirement(lastEventAt: lastEventAt, createdAt: createdAt, now: now) { return retirement }
        let hours: Double
        switch status {
        case .delivered?:
            if deliveredConfirmed { return .retire(reason: "delivered") }
            hours = deliveredConfirmHours
        case .cancelled?:
            return .retire(reason: "cancelled by the carrier")
        case .labelCreated?, nil, .unknown?, .info?:
            hours = labelCreatedHours
        case .outForDelivery?:
            hours = outForDeliveryHours
        case .deliveryAttempted?, .availableForPickup?:
            hours = awaitingCustomerHours
        case .customsInProgress?, .customsHeld?, .sortArrived?, .sortProcessed?:
            hours = dwellHours
        case .accepted?, .sortDeparted?, .inTransit?, .customsExport?, .customsReleased?, .delayed?, .exception?, .returnToSender?:
            hours = movingHours
        }
        return .pollAgain(at: now.addingTimeInterval(hours * 3_600))
    }

    /// The next step after the carrier said "not found" for the `consecutive`-th time in a row.
    public func afterNotFound(consecutive: Int, notFoundSince: Date, createdAt: Date, now: Date) -> Decision {
        if now.timeIntervalSince(notFoundSince) > retireAfterSilenceDays * 86_400 {
            return .retire(reason: "carrier has not known the number for \(Int(saturating: retireAfterSilenceDays)) days")
        }
        if let retirement = retirement(lastEventAt: nil, createdAt: createdAt, now: now) { return retirement }
        return .pollAgain(at: now.addingTimeInterval(backoff(base: notFoundHours * 3_600, max: notFoundMaxHours * 3_600, attempt: consecutive)))
    }

    /// The next step after a failed poll (transient error, malformed answer, carrier outage).
    public func afterFailure(consecutive: Int, now: Date) -> Date {
        now.addingTimeInterval(backoff(base: failureMinutes * 60, max: failureMaxHours * 3_600, attempt: consecutive))
    }

    private func retirement(lastEventAt: Date?, createdAt: Date, now: Date) -> Decision? {
        if now.timeIntervalSince(createdAt) > retireAfterDays * 86_400 {
            return .retire(reason: "older than \(Int(saturating: retireAfterDays)) days")
        }
        if let lastEventAt, now.timeIntervalSince(lastEventAt) > retireAfterSilenceDays * 86_400 {
            return .retire(reason: "no scan for \(Int(saturating: retireAfterSilenceDays)) days")
        }
        return nil
    }

    private func backoff(base: Double, max: Double, attempt: Int) -> Double {
        let exponent = Double(Swift.max(0, Swift.min(attempt - 1, 20)))
        return Swift.min(max, base * pow(2, exponent))
    }

    /// Impossible values, each named by its key path under `path`.
    public func problems(at path: String) -> [String: String] {
        var problems: [String: String] = [:]
        let values: [(String, Double)] = [
            ("label_created_hours", labelCreatedHours), ("moving_hours", movingHours), ("dwell_hours", dwellHours),
            ("out_for_delivery_hours", outForDeliveryHours), ("awaiting_customer_hours", awaitingCustomerHours),
            ("delivered_confirm_hours", deliveredConfirmHours), ("not_found_hours", notFoundHours),
            ("not_found_max_hours", notFoundMaxHours), ("failure_minutes", failureMinutes), ("failure_max_hours", failureMaxHours),
            ("batch_wait_minutes", batchWaitMinutes), ("retire_after_days", retireAfterDays),
            ("retire_after_silence_days", retireAfterSilenceDays),
        ]
        for (key, value) in values where !(value > 0) || !value.isFinite {
            problems["\(path).\(key)"] = value.isFinite ? "must be above 0" : "must be a finite number"
        }
        if notFoundMaxHours < notFoundHours {
            problems["\(path).not_found_max_hours"] = "must not be below not_found_hours"
        }
        if failureMaxHours * 60 < failureMinutes {
            problems["\(path).failure_max_hours"] = "must not be below failure_minutes"
        }
        return problems
    }
}

extension PollSchedule {
    /// The claim priority that may draw calls ahead of a spread quota's pace (out for delivery, delivery attempted).
    public static let urgentPriority = 0

    /// The claim priority of a shipment never polled: urgent, since its first answer can decide a finding at once
    /// (a parcel registered late may already be stalled, unknown to the carrier, or never scanned).
    public static let firstPollPriority = urgentPriority

    /// The claim priority of a parcel whose next scan can decide a finding (one is open, or a rule ripens before
    /// the next poll): ahead of the ordinary ones. The store raises a parcel to it when it records the poll.
    public static let decidingPriority = 1

    /// Claim priority after a poll: 0 out for delivery, 1 moved in the last day, 2 normal, 3 silent for a week.
    /// Lower goes first when a carrier's budget cannot cover everything due.
    public static func priority(status: Milestone?, lastEventAt: Date?, now: Date) -> Int {
        if status == .outForDelivery || status == .deliveryAttempted { return 0 }
        guard let lastEventAt else { return 2 }
        let age = now.timeIntervalSince(lastEventAt)
        if age < 86_400 { return 1 }
        if age > 7 * 86_400 { return 3 }
        return 2
    }
}
