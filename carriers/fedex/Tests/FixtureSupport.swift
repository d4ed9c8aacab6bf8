import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

/// Loads the recorded-shape answers in `carriers/fedex/fixtures` (loaders from CarrierTestSupport).
enum Fixture: CarrierFixtureSet {
    static let carrierFolder = "fedex"

    /// Parses a tracking fixture for the given numbers.
    static func outcomes(_ name: String, requested: [String]) throws -> [String: TrackingOutcome] {
        try FedExTrackingAPI().parseTrackingResponse(response(name), requested: requested)
    }

    /// Parses a single-number fixture and returns its snapshot, failing the test when it is not `.found`.
    static func snapshot(_ name: String, number: String) throws -> TrackingSnapshot {
        let outcome = try outcomes(name, requested: [number])[number]
        guard case .found(let snapshot)? = outcome else {
            Issue.record("expected .found for \(number) in \(name), got \(String(describing: outcome))")
            throw FixtureError.notFound
        }
        return snapshot
    }

    enum FixtureError: Error { case notFound }
}

/// An instant from an ISO 8601 UTC text, computed independently of the adapter's parser.
func utc(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test instant \(text)") }
    return date
}

/// A wall time from its parts.
func wall(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> LocalDateTime {
    LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)!
}
