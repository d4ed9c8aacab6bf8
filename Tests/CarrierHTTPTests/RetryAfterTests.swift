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

@Suite("Retry-After bounds")
struct RetryAfterBoundsTests {
    @Test("hostile or mistaken values are cut to the cap (one hour by default) and never trap", arguments: [
        "999999999999", "120000", "99999999999999999999999999999999999999999999", String(repeating: "9", count: 400),
        "Fri, 31 Dec 9999 23:59:59 GMT",
    ])
    func cappedAtOneHour(_ value: String) {
        #expect(RetryAfter.seconds(from: value, now: RetryAfterTests.now) == 3_600)
    }

    @Test("a configured cap wins; values under it are kept")
    func configuredCap() {
        #expect(RetryAfter.seconds(from: "999999999999", now: RetryAfterTests.now, cap: 120) == 120)
        #expect(RetryAfter.seconds(from: "90", now: RetryAfterTests.now, cap: 120) == 90)
        #expect(RetryAfter.seconds(from: "90", now: RetryAfterTests.now, cap: .infinity) == 90)
    }
}
