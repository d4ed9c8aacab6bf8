import CarrierFedEx
import CarrierHTTP
import Foundation
import Logging
import ShipwatchCore
import Synchronization
import Testing

/// A FedEx stand-in that refuses any multi-number request holding a bad number, the way FedEx answers
/// HTTP 400 `TRACKING.TRACKINGNUMBER.INVALID`, and answers the others with the delivered fixture's result.
private final class RefusingFedEx: HTTPTransport {
    let badNumber: String
    /// The error body for a refused batch (a fixture).
    let refusal: [UInt8]
    /// The delivered fixture's `completeTrackResults[0]`, serialized.
    private let found: Data
    private let sent = Mutex<[[String]]>([])

    init(badNumber: String, refusalFixture: String) throws {
        self.badNumber = badNumber
        refusal = try Self.fixture(refusalFixture)
        let delivered = try JSONSerialization.jsonObject(with: Data(try Self.fixture("domestic-delivered.json"))) as? [String: Any]
        let output = delivered?["output"] as? [String: Any]
        let element = try #require((output?["completeTrackResults"] as? [[String: Any]])?.first)
        found = try JSONSerialization.data(withJSONObject: element)
    }

    /// The numbers of every tracking request sent, in order.
    var trackingRequests: [[String]] { sent.withLock { $0 } }

    func execute(_ request: WireRequest, baseURL: CarrierBaseURL, timeout: Duration, maxBodyBytes: Int) async throws(CarrierError) -> WireResponse {
        if request.path == FedExTrackingAPI.tokenPath {
            return WireResponse(status: 200, body: Array(#"{"access_token":"t","token_type":"bearer","expires_in":3599}"#.utf8))
        }
        let body = (try? JSONSerialization.jsonObject(with: Data(request.body ?? []))) as? [String: Any]
        let numbers = ((body?["trackingInfo"] as? [[String: Any]]) ?? []).compactMap {
            ($0["trackingNumberInfo"] as? [String: Any])?["trackingNumber"] as? String
        }
        sent.withLock { $0.append(numbers) }
        if numbers.contains(badNumber) { return WireResponse(status: 400, body: refusal) }
        let results: [[String: Any]] = numbers.map { number in
            var element = ((try? JSONSerialization.jsonObject(with: found)) as? [String: Any]) ?? [:]
            element["trackingNumber"] = number
            return element
        }
        let answer = (try? JSONSerialization.data(withJSONObject: ["output": ["completeTrackResults": results]])) ?? Data()
        return WireResponse(status: 200, body: Array(answer))
    }

    private static func fixture(_ name: String) throws -> [UInt8] {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("carriers/fedex/fixtures")
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

@Suite("A batch-level refusal fails only the numbers it names")
struct BatchRefusalTests {
    private func client(_ transport: RefusingFedEx) throws -> CarrierClient {
        var logger = Logger(label: "batch-refusal-tests")
        logger.logLevel = .critical
        return CarrierClient(
            api: FedExTrackingAPI(),
            credentials: CarrierCredentials(clientID: "id", clientSecret: "secret"),
            baseURL: try #require(CarrierBaseURL("https://fedex.invalid")),
            transport: transport,
            limits: .unlimited,
            logger: logger
        )
    }

    private let batch = (1...29).map { "61299900001\(1_000 + $0)" } + ["000123"]

    @Test("a FedEx 400 naming one number of 30: that number is invalid, the other 29 are asked again and found")
    func namedNumberFailsAlone() async throws {
        let transport = try RefusingFedEx(badNumber: "000123", refusalFixture: "error-400-batch-names-one.json")
        let result = try await client(transport).track(batch)
        guard case .success(.invalidNumber)? = result.result(for: "000123") else {
            Issue.record("expected invalid number, got \(String(describing: result.result(for: "000123")))")
            return
        }
        for number in batch.dropLast() { #expect(result.result(for: number)?.isFound == true, "\(number)") }
        #expect(transport.trackingRequests.map(\.count) == [30, 29])
    }

    @Test("a FedEx 400 naming no number is split in halves, at most log2(30) times, and never marks the batch not found")
    func unnamedRefusalIsBisected() async throws {
        let transport = try RefusingFedEx(badNumber: "000123", refusalFixture: "error-400-batch-names-none.json")
        let result = try await client(transport).track(batch)
        guard case .success(.invalidNumber)? = result.result(for: "000123") else {
            Issue.record("expected invalid number, got \(String(describing: result.result(for: "000123")))")
            return
        }
        for number in batch.dropLast() { #expect(result.result(for: number)?.isFound == true, "\(number)") }
        // 30 → 15 + 15 → … → the bad number alone: one refused request per level, five levels below the first.
        let refused = transport.trackingRequests.filter { $0.contains("000123") }
        #expect(refused.map(\.count) == [30, 15, 8, 4, 2, 1])
        #expect(transport.trackingRequests.count == 11)
    }
}

extension Result where Success == TrackingOutcome {
    fileprivate var isFound: Bool {
        if case .success(.found) = self { true } else { false }
    }
}
