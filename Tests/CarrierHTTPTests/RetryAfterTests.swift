import CarrierHTTP
import Foundation
import Testing

@Suite("Retry-After parsing")
struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT

    @Test(
        "both header forms",
        arguments: [
            ("120", 120.0),
            ("0", 0),
            ("  7 ", 7),
            ("Sun, 06 Nov 1994 08:49:47 GMT", 10),  // IMF-fixdate
            ("Sunday, 06-Nov-94 08:50:37 GMT", 60),  // obsolete RFC 850
            ("Sun Nov  6 08:49:57 1994", 20),  // asctime
            ("Sat, 05 Nov 1994 08:49:37 GMT", 0),  // in the past
        ] as [(String, Double)]
    )
    func parses(value: String, expected: Double) {
        #expect(RetryAfter.seconds(from: value, now: Self.now) == expected)
    }

    @Test("values that are neither form", arguments: ["", "soon", "-5", "1.5", "Sun, 06 Nov 1994 25:00:00 GMT", "Sun, 06 Foo 1994 08:49:37 GMT"])
    func rejects(value: String) {
        #expect(RetryAfter.seconds(from: value, now: Self.now) == nil)
    }
}
