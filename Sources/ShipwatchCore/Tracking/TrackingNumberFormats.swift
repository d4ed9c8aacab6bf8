/// One carrier's tracking-number formats, declared in the carrier's folder and listed in `CarrierRoster`.
///
/// The roster asks every carrier in its order; a number may fit several carriers (it is then ambiguous until the
/// carrier is named).
public protocol TrackingNumberFormats: Sendable {
    /// The carrier whose formats these are.
    var carrier: Carrier { get }

    /// Every format of this carrier that `number` fits, most likely first, check digits included.
    ///
    /// `earlier` holds what the carriers before this one in the roster matched, so a carrier can leave a number to
    /// one that reads it better (FedEx leaves a number behind USPS's `420` + ZIP routing prefix to USPS).
    func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch]

    /// The name of a format whose shape `number` has, for a number no carrier matched: its check digit must be
    /// wrong. Nil when no format of this carrier has that shape.
    func mismatchedFormat(_ number: TrackingNumberText) -> String?

    /// Whether this carrier, when named, takes a number another carrier's format marks as a last-mile hand-off
    /// (`TrackingNumberMatch.isLastMileHandOff`): consolidators track a parcel under the number of the carrier
    /// that delivers it.
    var acceptsLastMileHandOffs: Bool { get }
}

extension TrackingNumberFormats {
    /// No format explains a mismatch.
    public func mismatchedFormat(_ number: TrackingNumberText) -> String? { nil }

    /// A carrier takes only its own numbers.
    public var acceptsLastMileHandOffs: Bool { false }
}
