extension StorePolicy {
    /// The policy a store gets for every key its configuration leaves out.
    ///
    /// The seeds are the three customer-service policies in `shared/seeds/`:
    /// `000` the custom shoe-charm store, `001` the phone-case store, `002` the jewelry store.
    /// Where a seed gives no number, the comment says how the value was chosen.
    public static let `default` = StorePolicy(
        // Seed 000: "Personalized products take 2-5 business days to prepare before shipping".
        // (Seed 002, the jewelry store, prepares in 1–3 days: set its own window in the configuration.)
        processingWindow: BusinessDayRange(minBusinessDays: 2, maxBusinessDays: 5),
        // Seed 002: "estimated 6-12 days delivery"; the seeds quote one window for every destination.
        deliveryWindow: DeliveryPromise(
            domestic: DayRange(minDays: 6, maxDays: 12),
            international: DayRange(minDays: 6, maxDays: 12)),
        // Seed 001: "Seller-initiated refunds typically take only 3-5 business days".
        refundTime: BusinessDayRange(minBusinessDays: 3, maxBusinessDays: 5),
        thresholds: RuleThresholds(
            // Seed 001 names customs inspections as the parcel "cannot be delivered" case. Not numeric
            // there: watch after 3 silent days, act after 7, so the customer hears from the store well
            // before the 12-day promise (seed 002) runs out.
            customsStall: EscalationThreshold(watchDays: 3, actDays: 7),
            // Seed 001: sorting queues cause "about 90% of delays", yet a parcel normally leaves a
            // facility within a day: watch after 2 days in one facility, act after 5.
            sortingStall: EscalationThreshold(watchDays: 2, actDays: 5),
            noMovement: NoMovementThresholds(
                // Not numeric in the seeds: 3 silent days to watch, 6 to act (half the 12-day promise).
                standard: EscalationThreshold(watchDays: 3, actDays: 6),
                // Seed 001: international tracking often shows nothing "until it reaches the buyer's
                // country" and clears customs: watch after 7 days, act at the 12-day promise (seed 002).
                internationalHandOff: EscalationThreshold(watchDays: 7, actDays: 12),
                // Not in the seeds: a pickup point holds a parcel for the customer; watch after 5 days,
                // act after 10, before carriers commonly send unclaimed parcels back.
                awaitingPickup: EscalationThreshold(watchDays: 5, actDays: 10)),
            // Not numeric in the seeds: a label the carrier never scanned after 2 business days is
            // worth watching, after 4 the parcel was likely never handed over.
            neverScanned: BusinessDayEscalation(watchBusinessDays: 2, actBusinessDays: 4),
            // Seed 000's processing window (above) is the promise; act 2 business days after it passed.
            lateDispatch: OverrunAllowance(actAfterExtraDays: 2),
            // Seed 002: past the 6–12 day window "our team will assist you in investigating the issue
            // ... and provide a solution": watch once the window passed, act 3 days later.
            deliveryWindowExceeded: OverrunAllowance(actAfterExtraDays: 3),
            // Seed 001: when the parcel "cannot be delivered due to unforeseen circumstances ... we will
            // promptly email you": watch at once, act when the exception still stands after 2 days.
            carrierException: EscalationThreshold(watchDays: 0, actDays: 2),
            // Seed 001 (as above): a parcel on its way back cannot be delivered: act at once.
            returnedToSender: EscalationThreshold(watchDays: 0, actDays: 0),
            // Not numeric in the seeds: carriers may not know a fresh label for a day or two (2 days of
            // grace), and after 5 days the number is probably wrong.
            trackingNotFound: EscalationThreshold(watchDays: 2, actDays: 5)),
        // Seed 000: live chat "9 AM – 9 PM EST", support replies within "24 business hours (excludes
        // weekends, public holidays ...)". The seeds list no holiday dates.
        businessCalendar: BusinessCalendar(timeZoneIdentifier: "America/New_York", weekendDays: [.saturday, .sunday], holidays: []),
        remedies: RemedyPreferences(
            [
                // Seed 000: an unshipped order can be cancelled or refunded; a reshipment means nothing yet.
                .lateDispatch: .refund,
            ],
            // Seed 001: "we will promptly email you for your preference: a full refund or a reshipment";
            // seed 002: past the window, "a solution (such as reshipment or refund)".
            fallback: .customerChoice),
        // Seed 001: "a reshipment (with an additional phone case as compensation)".
        compensation: Compensation(item: "an extra phone case", storeCreditAmount: nil, storeCreditCurrency: "USD"),
        messages: MessageTemplates(
            customerChoice: """
                Hello,

                We are writing about your order {{order_ref}} ({{carrier}} tracking number {{tracking_number}}): it {{reason}}. \
                We are sorry for the wait.

                Would you prefer a full refund, or a reshipment of your order with {{compensation}} as compensation? \
                Just reply to this email with your choice and we will take care of it right away.

                Kind regards
                """,
            refund: """
                Hello,

                We are writing about your order {{order_ref}} ({{carrier}} tracking number {{tracking_number}}): it {{reason}}. \
                We are sorry for the trouble.

                We have refunded your order in full. The refund usually reaches your account within {{refund_time}}.

                Kind regards
                """,
            reshipment: """
                Hello,

                We are writing about your order {{order_ref}} ({{carrier}} tracking number {{tracking_number}}): it {{reason}}. \
                We are sorry for the wait.

                We are sending you a new parcel with {{compensation}} as compensation, and will email you its tracking number as soon as it ships.

                Kind regards
                """))
}
