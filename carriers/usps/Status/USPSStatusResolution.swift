import ShipwatchCore

/// The milestone a USPS scan maps to, and which table entry decided it.
public struct USPSStatusResolution: Sendable, Hashable {
    /// What decided the milestone.
    public enum Source: Sendable, Hashable {
        /// The `eventCode` entry.
        case eventCode(USPSStatusEntry)
        /// The `eventType` wording (unknown or generic code, international/customs wording).
        case wording(USPSWordingEntry)
        /// Neither code nor wording is known: milestone `unknown`.
        case unmapped
    }

    /// The milestone for the scan (`unknown` when unmapped).
    public var milestone: Milestone
    /// The entry that decided it.
    public var source: Source

    /// A resolution.
    public init(milestone: Milestone, source: Source) {
        self.milestone = milestone
        self.source = source
    }

    /// True when no entry covered the scan.
    public var isUnmapped: Bool {
        if case .unmapped = source { return true }
        return false
    }
}
