import Logging
import Metrics
import ShipwatchCore

/// Logs each carrier code the status tables do not know, once per process, so ops learn about new codes
/// without a log line per scan; and logs and counts the scans left out of a timeline for want of a usable date
/// (metric `shipwatch_scan_events_skipped_total{carrier}`).
public actor UnmappedCodeLog {
    private var seen: Set<String> = []
    private let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func note(_ codes: [UnmappedCode]) {
        for code in codes where seen.insert("\(code.carrier.rawValue)|\(code.code)").inserted {
            logger.warning(
                "unmapped carrier code",
                metadata: [LogKey.carrier: "\(code.carrier.rawValue)", LogKey.code: "\(code.code)", LogKey.description: "\(code.description)"]
            )
        }
    }

    /// Logs each skipped scan and adds them to the carrier's skipped-scan counter.
    public func noteSkipped(_ scans: [SkippedScan], carrier: Carrier, trackingNumber: String) {
        guard !scans.isEmpty else { return }
        Counter(label: "shipwatch_scan_events_skipped_total", dimensions: [("carrier", carrier.rawValue)])
            .increment(by: Int64(scans.count))
        for scan in scans {
            logger.warning(
                "carrier scan left out: no usable date",
                metadata: [
                    "carrier": "\(carrier.rawValue)", "tracking_number": "\(trackingNumber)",
                    "path": "\(scan.path)", "reason": "\(scan.reason)",
                ]
            )
        }
    }
}
