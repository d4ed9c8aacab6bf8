@testable import CarrierSimulator
import Foundation
import Testing

@Suite("Fault flags and JSON")
struct FaultDecodingTests {
    @Test(
        "flags parse as kind[:probability]",
        arguments: [
            ("rate_limited", Fault.Kind.rateLimited, 1.0),
            ("rate_limited:0.5", .rateLimited, 0.5),
            ("unavailable", .unavailable, 1.0),
            ("server_error:0.25", .serverError, 0.25),
            ("slow:1", .slow, 1.0),
            ("malformed_json:0", .malformedJSON, 0.0),
            ("truncated_body", .truncatedBody, 1.0),
            ("invalid_token", .invalidToken, 1.0),
            ("expired_token:0.1", .expiredToken, 0.1),
            ("quota_exhausted", .quotaExhausted, 1.0),
            ("nul_in_text", .nulInText, 1.0),
            ("impossible_offset:0.5", .impossibleOffset, 0.5),
        ]
    )
    func flags(flag: String, kind: Fault.Kind, probability: Double) throws {
        let fault = try #require(Fault(flag: flag))
        #expect(fault.kind == kind)
        #expect(fault.probability == probability)
        #expect(fault.first == nil)
        #expect(fault.retryAfterSeconds == nil)
        #expect(fault.delayMilliseconds == nil)
    }

    @Test(
        "malformed flags are rejected",
        arguments: ["", "warp", "rate_limited:1.5", "rate_limited:-0.1", "rate_limited:often", "rate_limited:nan", "rate-limited", ":0.5"]
    )
    func badFlags(flag: String) {
        #expect(Fault(flag: flag) == nil)
    }

    @Test("every kind's flag is its raw value")
    func everyKind() {
        for kind in Fault.Kind.allCases {
            #expect(Fault(flag: kind.rawValue)?.kind == kind)
        }
        #expect(Fault.Kind.allCases.count == 11)
    }

    @Test("JSON uses snake_case keys, and probability defaults to 1")
    func json() throws {
        let text = #"[{"kind":"rate_limited","first":2,"retry_after_seconds":3},{"kind":"slow","probability":0.5,"delay_ms":1500}]"#
        let faults = try JSONDecoder().decode([Fault].self, from: Data(text.utf8))
        #expect(faults == [
            Fault(kind: .rateLimited, probability: 1, first: 2, retryAfterSeconds: 3),
            Fault(kind: .slow, probability: 0.5, delayMilliseconds: 1_500),
        ])
        let encoded = try JSONEncoder().encode(faults)
        #expect(try JSONDecoder().decode([Fault].self, from: encoded) == faults)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Fault.self, from: Data(#"{"kind":"gremlins"}"#.utf8)) }
    }
}
