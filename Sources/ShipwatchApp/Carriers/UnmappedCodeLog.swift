import Logging
import ShipwatchCore

/// Logs each carrier code the status tables do not know, once per process, so ops learn about new codes
/// without a log line per scan.
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
}
