import CarrierTestSupport
import CarrierUSPS
import Foundation
import ShipwatchCore

/// Loads the recorded-shape answers kept in `carriers/usps/fixtures` (loaders from CarrierTestSupport).
enum Fixtures: CarrierFixtureSet {
    static let carrierFolder = "usps"
    static let responseHeaders = [WireField("Content-Type", "application/json")]

    /// The tracking answers (every fixture except token and error bodies), as untyped JSON items
    /// (the single v3 object, or each v3r2 element).
    static func trackingItems(_ name: String) throws -> [JSONFragment] {
        let fragment = try JSONDecoder().decode(JSONFragment.self, from: Data(try bytes(name)))
        if case .array(let items) = fragment { return items }
        return [fragment]
    }
}

/// A UTC instant from ISO text ("2024-11-22T20:58:00Z").
func utc(_ text: String) -> Date {
    guard let parsed = CarrierTimestamp.parse(text) else { fatalError("bad time literal \(text)") }
    return parsed.instant()
}

/// A wall time from ISO text without zone ("2024-11-22T13:58:00").
func wall(_ text: String) -> LocalDateTime {
    guard let parsed = CarrierTimestamp.parse(text) else { fatalError("bad time literal \(text)") }
    return parsed.local
}

/// JSON text as a response body.
func jsonResponse(_ text: String, status: Int = 200) -> WireResponse {
    WireResponse(status: status, headers: [WireField("Content-Type", "application/json")], body: Array(text.utf8))
}

extension TrackingOutcome {
    /// The snapshot of a found outcome, nil otherwise.
    var snapshot: TrackingSnapshot? {
        if case .found(let snapshot) = self { return snapshot }
        return nil
    }
}
