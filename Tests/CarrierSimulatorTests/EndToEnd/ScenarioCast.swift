import CarrierSimulator
import ShipwatchCore

/// One tracking number per scenario for one carrier, all in the carrier's real number format.
struct ScenarioCast: Sendable {
    let carrier: Carrier
    let delivered: String
    let customsStall: String
    let sortingStall: String
    let neverScanned: String
    let inTransit: String
    let notFound: String
    let lateFound: String
    let exception: String

    static let customsStallDays = 9
    static let sortingStallDays = 4
    static let neverScannedDays = 5

    init(carrier: Carrier) {
        self.carrier = carrier
        delivered = SampleNumbers.valid(for: carrier)
        customsStall = SampleNumbers.variant(101, for: carrier)
        sortingStall = SampleNumbers.variant(102, for: carrier)
        neverScanned = SampleNumbers.variant(103, for: carrier)
        inTransit = SampleNumbers.variant(104, for: carrier)
        notFound = SampleNumbers.variant(105, for: carrier)
        lateFound = SampleNumbers.variant(106, for: carrier)
        exception = SampleNumbers.variant(107, for: carrier)
    }

    /// The explicit scenarios to start the simulator with.
    var scenarios: [String: Scenario] {
        [
            delivered: .domesticDelivered,
            customsStall: .customsStall(days: Self.customsStallDays),
            sortingStall: .sortingStall(days: Self.sortingStallDays),
            neverScanned: .neverScanned(days: Self.neverScannedDays),
            inTransit: .inTransit,
            notFound: .notFound,
            lateFound: .lateFound(hours: 2),
            exception: .deliveryException,
        ]
    }

    var numbers: [String] {
        [delivered, customsStall, sortingStall, neverScanned, inTransit, notFound, lateFound, exception]
    }
}
