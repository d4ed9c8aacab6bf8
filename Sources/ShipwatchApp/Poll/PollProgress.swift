import CarrierCatalog
import Foundation
import Logging
import ShipwatchCore

/// Progress of a poll run: a redrawn bar on a terminal (done/total per carrier, ETA), a log line every few
/// seconds otherwise.
actor PollProgress {
    private var totals: [Carrier: Int]
    private var done: [Carrier: Int] = [:]
    private let interactive: Bool
    private let logger: Logger
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(60)
    private let quiet: Bool

    init(totals: [Carrier: Int], interactive: Bool, quiet: Bool, logger: Logger) {
        self.totals = totals
        self.interactive = interactive
        self.quiet = quiet
        self.logger = logger
    }

    func advance(_ carrier: Carrier, by count: Int) {
        done[carrier, default: 0] += count
        if done[carrier, default: 0] > totals[carrier, default: 0] { totals[carrier] = done[carrier] }
        let interval: Duration = interactive ? .milliseconds(200) : .seconds(5)
        guard !quiet, ContinuousClock.now - lastDraw >= interval else { return }
        lastDraw = ContinuousClock.now
        draw()
    }

    /// Clears the bar (terminal) before the summary is printed.
    func finish() {
        guard interactive, !quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func draw() {
        let total = totals.values.reduce(0, +)
        let finished = done.values.reduce(0, +)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(finished) / seconds : 0
        let eta = rate > 0 ? Int(saturating: Double(max(0, total - finished)) / rate) : nil
        let perCarrier = CarrierCatalog.roster.carriers.compactMap { carrier -> String? in
            guard let carrierTotal = totals[carrier], carrierTotal > 0 else { return nil }
            return "\(carrier.rawValue) \(done[carrier, default: 0])/\(carrierTotal)"
        }.joined(separator: "  ")
        if interactive {
            let width = 24
            let filled = total > 0 ? min(width, width * finished / total) : 0
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let line = "\r\u{1B}[2K[\(bar)] \(finished)/\(total)  \(perCarrier)  \(Int(saturating: rate))/s" + (eta.map { "  ETA \($0)s" } ?? "")
            FileHandle.standardError.write(Data(line.utf8))
        } else {
            logger.notice(
                "poll progress",
                metadata: [LogKey.progressDone: "\(finished)", LogKey.progressTotal: "\(total)", LogKey.progressPerCarrier: "\(perCarrier)",
                           LogKey.progressRate: "\(Int(saturating: rate))", LogKey.progressETA: "\(eta.map(String.init) ?? "-")"]
            )
        }
    }
}
