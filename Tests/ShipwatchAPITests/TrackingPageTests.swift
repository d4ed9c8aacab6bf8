import Foundation
import HTTPTypes
import HummingbirdTesting
import ShipwatchAPI
import Testing

@Suite("The customer tracking page")
struct TrackingPageTests {
    @Test("the form is a small accessible HTML page that no site may frame by default", arguments: Backend.allCases)
    func formPage(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/track")
                #expect(reply.status == .ok)
                #expect(reply.headers[.contentType] == "text/html; charset=utf-8")
                #expect(reply.headers[.contentSecurityPolicy]?.hasSuffix("frame-ancestors 'none'") == true)
                #expect(reply.body.contains(#"<label for="tracking_number">"#))
                #expect(reply.body.contains(#"<meta name="viewport""#))
                #expect(!reply.body.contains("<script"))
                let submitted = try await client.send(.get, "/track?tracking_number=1z100%200000&postal_code=10001")
                #expect(submitted.status == .seeOther)
                #expect(submitted.headers[.location] == "/track/1Z1000000?postal_code=10001")
            }
        }
    }

    @Test("the right postal code shows the store, the status in words, the estimate and local scan times", arguments: Backend.allCases)
    func resultPage(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/track/\(TestWorld.upsNumber)?postal_code=10001")
                #expect(reply.status == .ok)
                #expect(reply.body.contains("Shoe Charms"))
                #expect(reply.body.contains("In customs"))
                #expect(reply.body.contains("24 Nov 2026"))
                #expect(reply.body.contains("22 Nov 2026, 17:00"))
                #expect(reply.body.contains("Köln, DE"))
                #expect(reply.body.contains("taking longer than expected"))
                #expect(!reply.body.contains("secret.customer"))
                let zipPlusFour = try await client.send(.get, "/track/\(TestWorld.uspsNumber)?postal_code=10001")
                #expect(zipPlusFour.status == .ok)
            }
        }
    }

    @Test("a wrong postal code and an unknown number give the very same page", arguments: Backend.allCases)
    func wrongCodeAndUnknownNumberLookAlike(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let wrongCode = try await client.send(.get, "/track/\(TestWorld.upsNumber)?postal_code=99999")
                let unknown = try await client.send(.get, "/track/1Z1000000000000036?postal_code=99999")
                #expect(wrongCode.status == .notFound)
                #expect(unknown.status == wrongCode.status)
                #expect(wrongCode.body.replacingOccurrences(of: TestWorld.upsNumber, with: "N")
                    == unknown.body.replacingOccurrences(of: "1Z1000000000000036", with: "N"))
                #expect(!wrongCode.body.contains("Shoe Charms"))
            }
        }
    }

    @Test("every value is HTML-escaped, the carrier's text and the store's name included", arguments: Backend.allCases)
    func valuesAreEscaped(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/track/\(TestWorld.dhlNumber)?postal_code=sw1a1aa")
                #expect(reply.status == .ok)
                #expect(!reply.body.contains("<script>"))
                #expect(reply.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; departed"))
                #expect(reply.body.contains("Phone &lt;Cases&gt; &amp; Co"))
                let echoed = try await client.send(.get, "/track/%22%3E%3Cb%3E?postal_code=%3Ci%3E")
                #expect(echoed.status == .notFound)
                #expect(!echoed.body.contains("<b>") && !echoed.body.contains("<i>"))
            }
        }
    }

    @Test("a store's configured origins may frame its page", arguments: Backend.allCases)
    func frameAncestorsFromConfig(backend: Backend) async throws {
        let settings = APISettings(frameAncestors: ["charms": ["https://charms.example", "https://www.charms.example"]])
        try await withStorefront(backend, settings: settings) { harness in
            try await harness.makeApplication().test(.router) { client in
                let form = try await client.send(.get, "/track?store=charms")
                #expect(form.headers[.contentSecurityPolicy]?.hasSuffix("frame-ancestors https://charms.example https://www.charms.example") == true)
                let result = try await client.send(.get, "/track/\(TestWorld.upsNumber)?postal_code=10001")
                #expect(result.headers[.contentSecurityPolicy]?.contains("frame-ancestors https://charms.example") == true)
                let other = try await client.send(.get, "/track/\(TestWorld.dhlNumber)?postal_code=SW1A1AA")
                #expect(other.headers[.contentSecurityPolicy]?.hasSuffix("frame-ancestors 'none'") == true)
            }
        }
    }

    @Test("past the per-IP limit the page answers 429 with Retry-After", arguments: Backend.allCases)
    func perIPRateLimit(backend: Backend) async throws {
        // A fixed instant: the four requests must fall into one per-minute window, even on a slow machine.
        try await withStorefront(backend, settings: APISettings(pageRequestsPerMinutePerIP: 3), now: { TestWorld.reference }) { harness in
            try await harness.makeApplication().test(.router) { client in
                for _ in 0..<3 {
                    #expect(try await client.send(.get, "/track/\(TestWorld.upsNumber)?postal_code=1").status == .notFound)
                }
                let limited = try await client.send(.get, "/track/\(TestWorld.upsNumber)?postal_code=10001")
                #expect(limited.status == .tooManyRequests)
                #expect(limited.headers[.retryAfter] != nil)
                #expect(limited.headers[.contentType] == "text/html; charset=utf-8")
                #expect(!limited.body.contains("Shoe Charms"))
            }
        }
    }
}
