import Foundation

/// Why a normalized scan cannot be stored as it is. Checked before a scan reaches the database, so one carrier's
/// impossible value is a typed rejection of that shipment, never a failed statement.
public enum ScanEventProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The UTC instant is not finite or outside years 1…9999.
    case instantOutOfRange(seconds: Double)
    /// The offset is beyond ±18 h.
    case offsetOutOfRange(seconds: Int)
    /// The carrier's sequence number does not fit the stored column (32-bit).
    case sequenceOutOfRange(Int)

    public var description: String {
        switch self {
        case .instantOutOfRange(let seconds): "scan instant \(seconds) s since 1970 is outside years 1…9999"
        case .offsetOutOfRange(let seconds): "scan UTC offset \(seconds) s is beyond ±18 h"
        case .sequenceOutOfRange(let value): "carrier sequence \(value) does not fit 32 bits"
        }
    }
}

extension ScanEvent {
    /// Throws when a value of this scan is outside what the store accepts (see ``ScanEventProblem``).
    public func checkStorable() throws(ScanEventProblem) {
        let seconds = occurredAt.timeIntervalSince1970
        guard seconds.isFinite, LocalDateTime.supportedInstants.contains(occurredAt) else {
            throw .instantOutOfRange(seconds: seconds)
        }
        if let utcOffsetSeconds, abs(utcOffsetSeconds) > CarrierTimestamp.largestOffsetSeconds {
            throw .offsetOutOfRange(seconds: utcOffsetSeconds)
        }
        guard Int(Int32.min)...Int(Int32.max) ~= carrierSequence else { throw .sequenceOutOfRange(carrierSequence) }
    }
}
