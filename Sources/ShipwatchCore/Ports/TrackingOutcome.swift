/// What a carrier answered about one tracking number.
public enum TrackingOutcome: Sendable, Hashable {
    /// The carrier knows the number.
    case found(TrackingSnapshot)
    /// The carrier does not know the number (yet): retry within the grace period.
    case notFound(detail: String)
    /// The carrier says this is not a valid number.
    case invalidNumber(detail: String)
    /// This number's part of the answer could not be read; the other numbers of the batch are unaffected.
    case malformed(detail: String)
}
