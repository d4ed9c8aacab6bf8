extension StorePolicy {
    /// How many days after ops rejected a remedy for a shipment the same rule may propose one again, if its
    /// finding still stands: the rule's `act_days`, the time the situation took to become worth acting on, so a
    /// new proposal means the parcel has been stuck that long again since the rejection. At least one day.
    ///
    /// Per rule: the threshold's `act_days` (`customs_stall`, `sorting_stall`, `carrier_exception`,
    /// `returned_to_sender`, `tracking_not_found`; `no_movement` uses its standard threshold);
    /// `act_business_days` counted as calendar days (`never_scanned`); the processing window's maximum plus
    /// `act_after_extra_days` as calendar days (`late_dispatch`); `act_after_extra_days` (`delivery_window_exceeded`).
    ///
    /// A rejected remedy is also proposed again, whatever the days, when the finding reaches a higher severity
    /// than the one it had when it was rejected.
    public func remedyRepeatDays(for rule: RuleID) -> Double {
        let days: Double
        switch rule {
        case .customsStall: days = thresholds.customsStall.actDays
        case .sortingStall: days = thresholds.sortingStall.actDays
        case .noMovement: days = thresholds.noMovement.standard.actDays
        case .carrierException: days = thresholds.carrierException.actDays
        case .returnedToSender: days = thresholds.returnedToSender.actDays
        case .trackingNotFound: days = thresholds.trackingNotFound.actDays
        case .neverScanned: days = Double(thresholds.neverScanned.actBusinessDays)
        case .lateDispatch: days = Double(processingWindow.maxBusinessDays + thresholds.lateDispatch.actAfterExtraDays)
        case .deliveryWindowExceeded: days = Double(thresholds.deliveryWindowExceeded.actAfterExtraDays)
        }
        return days.isFinite ? max(1, days) : 1
    }
}
