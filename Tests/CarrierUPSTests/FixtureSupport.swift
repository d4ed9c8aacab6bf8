import Foundation
import ShipwatchCore
@testable import CarrierUPS

/// Loads UPS fixtures from `carriers/ups/fixtures`, found from this file's location.
enum Fixtures {
    static let directory: URL = {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("carriers/ups/fixtures")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../carriers/ups/fixtures").standardized
    }()

    /// Every fixture file name.
    static var allNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func response(_ name: String, status: Int = 200, headers: [WireField] = []) throws -> WireResponse {
        WireResponse(status: status, headers: headers, body: try bytes(name))
    }

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
