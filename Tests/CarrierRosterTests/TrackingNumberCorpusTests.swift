import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierUPS
import CarrierUSPS
import Foundation
import Testing
import ShipwatchCore

/// Detection measured on the public test numbers of jkeen/tracking_number_data, read in place from
/// `../shared/corpus/tracking_number_data/` (never copied into the project), through the catalog's roster. A missing
/// folder fails the suite.
@Suite("Tracking numbers: the public corpus of valid and invalid numbers")
struct TrackingNumberCorpusTests {
    struct CorpusNumber: Sendable {
        let carrier: Carrier
        let format: String
        let text: String
    }

    struct Corpus: Sendable {
        var valid: [CorpusNumber] = []
        var invalid: [CorpusNumber] = []
    }

    static let files: [(String, Carrier)] = [("usps", .usps), ("ups", .ups), ("fedex", .fedex), ("dhl", .dhl)]

    static var corpusFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/tracking_number_data", isDirectory: true)
    }

    static func loadCorpus() throws -> Corpus {
        var corpus = Corpus()
        for (name, carrier) in files {
            let url = corpusFolder.appendingPathComponent("\(name).json")
            let data = try Data(contentsOf: url)
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(url.path) is not an object")
            let formats = try #require(root["tracking_numbers"] as? [[String: Any]], "\(url.path) has no tracking_numbers")
            for format in formats {
                let formatName = format["name"] as? String ?? "?"
                let numbers = try #require(format["test_numbers"] as? [String: Any], "\(formatName) has no test_numbers")
                for text in numbers["valid"] as? [String] ?? [] {
                    corpus.valid.append(.init(carrier: carrier, format: formatName, text: text))
                }
                for text in numbers["invalid"] as? [String] ?? [] {
                    corpus.invalid.append(.init(carrier: carrier, format: formatName, text: text))
                }
            }
        }
        return corpus
    }

    static let roster = CarrierCatalog.roster

    @Test("the corpus folder is present and lists numbers for the four carriers it covers, all on the roster")
    func corpusIsPresent() throws {
        let corpus = try Self.loadCorpus()
        let carriers = Set(corpus.valid.map(\.carrier))
        #expect(carriers == Set(Self.files.map(\.1)))
        #expect(carriers.isSubset(of: Self.roster.carriers))
        #expect(corpus.valid.count >= 80)
        #expect(corpus.invalid.count >= 40)
    }

    @Test("at least 99% of the valid numbers are detected as their carrier, and no other")
    func validNumbersAreDetected() throws {
        let corpus = try Self.loadCorpus()
        var misses: [String] = []
        for number in corpus.valid {
            let detected = try? Self.roster.trackingNumber(number.text).detectedCarrier
            if detected != number.carrier {
                misses.append("\(number.format) '\(number.text)' → \(detected.map(\.rawValue) ?? "none")")
            }
        }
        let share = Double(corpus.valid.count - misses.count) / Double(corpus.valid.count)
        #expect(share >= 0.99, "detected \(corpus.valid.count - misses.count) of \(corpus.valid.count); missed: \(misses)")
    }

    @Test("at least 95% of the invalid numbers are rejected outright")
    func invalidNumbersAreRejected() throws {
        let corpus = try Self.loadCorpus()
        var accepted: [String] = []
        for number in corpus.invalid {
            if let found = try? Self.roster.trackingNumber(number.text) {
                accepted.append("\(number.format) '\(number.text)' → \(found.candidates.map(\.format))")
            }
        }
        let share = Double(corpus.invalid.count - accepted.count) / Double(corpus.invalid.count)
        #expect(share >= 0.95, "rejected \(corpus.invalid.count - accepted.count) of \(corpus.invalid.count); accepted: \(accepted)")
    }

    @Test("every valid number keeps its carrier when checked against it, including the routed and embedded forms")
    func validNumbersValidateAgainstTheirCarrier() throws {
        let corpus = try Self.loadCorpus()
        for number in corpus.valid {
            #expect(throws: Never.self, "\(number.format) '\(number.text)'") {
                try Self.roster.trackingNumber(number.text, carrier: number.carrier)
            }
        }
    }
}
