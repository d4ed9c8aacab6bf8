import CarrierHTTP
import ShipwatchCore
import Testing

@Suite("Base URL joining and encoding")
struct CarrierBaseURLTests {
    @Test(
        "paths hang off the prefix exactly",
        arguments: [
            ("http://127.0.0.1:8080/usps", "/oauth2/v3/token", "http://127.0.0.1:8080/usps/oauth2/v3/token"),
            ("http://127.0.0.1:8080/usps/", "/oauth2/v3/token", "http://127.0.0.1:8080/usps/oauth2/v3/token"),
            ("https://apis.usps.com", "/tracking/v3/tracking/9400", "https://apis.usps.com/tracking/v3/tracking/9400"),
            ("HTTPS://apis.fedex.com//", "track/v1/trackingnumbers", "https://apis.fedex.com/track/v1/trackingnumbers"),
            ("http://[::1]:9000/a/b", "/c d", "http://[::1]:9000/a/b/c%20d"),
            ("http://h/p", "/x%2Fy", "http://h/p/x%2Fy"),
        ] as [(String, String, String)]
    )
    func joins(base: String, path: String, expected: String) throws {
        let baseURL = try #require(CarrierBaseURL(base))
        #expect(baseURL.url(for: WireRequest(method: .get, path: path)) == expected)
    }

    @Test("query items are percent-encoded")
    func query() throws {
        let baseURL = try #require(CarrierBaseURL("http://h:1/dhl"))
        let request = WireRequest(
            method: .get, path: "/track/shipments",
            query: [WireField("trackingNumber", "A 1+2&x=y"), WireField("lang", "dé~_.-")]
        )
        #expect(baseURL.url(for: request) == "http://h:1/dhl/track/shipments?trackingNumber=A%201%2B2%26x%3Dy&lang=d%C3%A9~_.-")
    }

    @Test("not a usable base URL", arguments: ["", "apis.usps.com", "ftp://h/x", "http:///path", "http://h/x?y=1", "http://u:p@h/"])
    func rejects(text: String) {
        #expect(CarrierBaseURL(text) == nil)
    }
}
