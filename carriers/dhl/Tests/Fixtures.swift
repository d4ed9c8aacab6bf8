import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

/// Access to carriers/dhl/fixtures (loaders from CarrierTestSupport).
enum Fixtures: CarrierFixtureSet {
    static let carrierFolder = "dhl"

    /// Parses a 200 fixture for one number and returns the snapshot, failing the test otherwise.
    static func snapshot(_ name: String, number: String) throws -> TrackingSnapshot {
        let outcomes = try DHLTrackingAPI().parseTrackingResponse(try response(name), requested: [number])
        guard case .found(let snapshot)? = outcomes[number] else {
            Issue.record("\(name): expected a found snapshot for \(number), got \(String(describing: outcomes[number]))")
            throw FixtureError.notFound
        }
        return snapshot
    }

    enum FixtureError: Error {
        case notFound
    }
}

/// "2024-11-12T06:47:00Z" as a Date, computed independently of the code under test.
func utc(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
        preconditionFailure("bad test instant \(text)")
    }
    return date
}

/// A wall time for expectations.
func wallTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> LocalDateTime? {
    LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
}
