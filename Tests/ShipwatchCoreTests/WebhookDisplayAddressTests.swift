import Foundation
import ShipwatchCore
import Testing

@Suite("A webhook URL as people may see it")
struct WebhookDisplayAddressTests {
    @Test(
        "user info, query string and fragment are dropped; scheme, host, port and path stay",
        arguments: [
            ("https://hooks.example/in", "https://hooks.example/in"),
            ("HTTPS://hooks.example/in?token=abc", "https://hooks.example/in"),
            ("https://user:pass@hooks.example:8443/a/b?x=1#frag", "https://hooks.example:8443/a/b"),
            ("https://hooks.example?token=abc", "https://hooks.example"),
            ("http://[::1]:9000/r#f", "http://[::1]:9000/r"),
            ("https://a@b@hooks.example/p", "https://hooks.example/p"),
            ("https://hooks.example/p@secret", "https://hooks.example/p"),
            ("not a url?token=abc", "(unreadable address)"),
        ])
    func displayAddress(url: String, shown: String) {
        #expect(WebhookDisplayAddress.of(url) == shown)
    }

    @Test("an error text quoting the URL shows only its displayable part")
    func scrubbedErrors() {
        let url = "https://u:pw@hooks.example/in?token=abcdef"
        let text = WebhookDisplayAddress.scrub("connect to \(url) failed; retried token=abcdef as u:pw", url: url)
        #expect(text == "connect to https://hooks.example/in failed; retried … as …")
    }

    @Test("an endpoint for the dashboard keeps no part of its URL beyond the displayable one")
    func endpointKeepsNoSecret() {
        let url = "https://u:pw@hooks.example/in?token=abcdef"
        let endpoint = OpsWebhookEndpointHealth(
            id: 1, store: "s", url: url, eventTypes: nil, enabled: false, disabledReason: "HTTP 410 from \(url)", disabledAt: nil,
            consecutiveFailures: 2, delivered24h: 0, pending24h: 0, failed24h: 1,
            lastAttempt: .init(at: .init(timeIntervalSince1970: 0), statusCode: nil, error: "refused: \(url)"))
        #expect(endpoint.address == "https://hooks.example/in")
        #expect(endpoint.disabledReason == "HTTP 410 from https://hooks.example/in")
        #expect(endpoint.lastAttempt?.error == "refused: https://hooks.example/in")
        #expect(!String(describing: endpoint).contains("token") && !String(describing: endpoint).contains("pw@"))
    }
}
