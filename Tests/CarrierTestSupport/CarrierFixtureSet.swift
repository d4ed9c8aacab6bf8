import Foundation
import ShipwatchCore

/// A carrier's recorded-shape answers in `carriers/<folder>/fixtures`, for that carrier's test suite.
///
/// A suite declares its folder once (`enum Fixtures: CarrierFixtureSet { static let carrierFolder = "ups" }`) and
/// gets the loaders; its own parsing helpers (`snapshot(_:number:)`) stay next to it. A missing fixtures folder
/// fails the tests that read it, it never makes them pass vacuously.
public protocol CarrierFixtureSet {
    /// The carrier's folder under `carriers/` ("usps", "ups", "fedex", "dhl").
    static var carrierFolder: String { get }
    /// Headers every fixture answer carries before the test's own (e.g. `Content-Type`); none by default.
    static var responseHeaders: [WireField] { get }
}

extension CarrierFixtureSet {
    public static var responseHeaders: [WireField] { [] }

    /// `carriers/<folder>/fixtures`, found by walking up from this file (symlinks resolved) to the repository.
    public static var directory: URL {
        CarrierFixtureFolder.locate("carriers/\(carrierFolder)/fixtures")
    }

    /// Every fixture's file name (`.json`), sorted. When the folder cannot be read, one name saying so, so that
    /// a test over all fixtures fails on it instead of passing over none.
    public static var allNames: [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return ["(missing folder \(directory.path))"]
        }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// A fixture's bytes.
    public static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// A fixture as an HTTP answer.
    public static func response(_ name: String, status: Int = 200, headers: [WireField] = []) throws -> WireResponse {
        WireResponse(status: status, headers: responseHeaders + headers, body: try bytes(name))
    }
}

/// Finds a folder of the repository from this source file's location.
enum CarrierFixtureFolder {
    static func locate(_ relativePath: String) -> URL {
        let start = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = start
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        // Not found: the path where it should be, so that reading it fails with that path.
        return start.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(relativePath)
    }
}
