import CarrierTestSupport
import Foundation
import ShipwatchCore
@testable import CarrierUPS

/// Loads UPS fixtures from `carriers/ups/fixtures` (loaders from CarrierTestSupport).
enum Fixtures: CarrierFixtureSet {
    static let carrierFolder = "ups"

    /// Parses a one-number tracking fixture and returns its snapshot (or nil when it is not `.found`).
    static func snapshot(_ name: String, number: String) throws -> TrackingSnapshot? {
        let outcomes = try UPSTrackingAPI().parseTrackingResponse(try response(name), requested: [number])
        guard case .found(let snapshot)? = outcomes[number] else { return nil }
        return snapshot
    }
}

/// An instant from ISO text with a zone ("2025-05-16T18:47:26Z").
func instant(_ text: String) -> Date {
    guard let parsed = CarrierTimestamp.parse(text), parsed.utcOffsetSeconds != nil else {
        preconditionFailure("bad instant literal \(text)")
    }
    return parsed.instant()
}

/// A wall time from ISO text without a zone ("2025-05-15T23:20:00").
func wallTime(_ text: String) -> LocalDateTime {
    guard let parsed = CarrierTimestamp.parse(text) else { preconditionFailure("bad wall time literal \(text)") }
    return parsed.local
}

/// Hours as seconds east of UTC.
func hours(_ value: Double) -> Int { Int(value * 3_600) }
