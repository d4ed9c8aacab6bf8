import Foundation
import ShipwatchApp
import Testing

@Suite("webhooks: signatures")
struct WebhookSignerTests {
    /// The example of the Standard Webhooks specification (secret, id, timestamp, body and signature).
    static let secret = WebhookSecret(text: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    static let body = Data(#"{"test": 2432232314}"#.utf8)

    @Test("the signature of the specification's example is the specification's")
    func specificationExample() throws {
        let secret = try #require(Self.secret)
        let header = WebhookSigner.signatureHeader(id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: Self.body, secrets: [secret])
        #expect(header == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        #expect(WebhookSigner.verify(header: header, id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: Self.body, secret: secret))
    }

    @Test("during a rotation the header carries both signatures and either secret verifies it; a changed body or id does not")
    func rotationAndTampering() throws {
        let old = try #require(Self.secret)
        let new = WebhookSecret.generate()
        let header = WebhookSigner.signatureHeader(id: "evt_1", timestamp: 1_700_000_000, body: Self.body, secrets: [new, old])
        #expect(header.split(separator: " ").count == 2)
        #expect(WebhookSigner.verify(header: header, id: "evt_1", timestamp: 1_700_000_000, body: Self.body, secret: old))
        #expect(WebhookSigner.verify(header: header, id: "evt_1", timestamp: 1_700_000_000, body: Self.body, secret: new))
        #expect(!WebhookSigner.verify(header: header, id: "evt_2", timestamp: 1_700_000_000, body: Self.body, secret: new))
        #expect(!WebhookSigner.verify(header: header, id: "evt_1", timestamp: 1_700_000_001, body: Self.body, secret: new))
        #expect(!WebhookSigner.verify(header: header, id: "evt_1", timestamp: 1_700_000_000, body: Data("{}".utf8), secret: new))
    }

    @Test("a generated secret is whsec_ and the base64 of 32 bytes, different each time; other texts are not secrets")
    func secretFormat() {
        let first = WebhookSecret.generate()
        #expect(first.text.hasPrefix("whsec_"))
        #expect(first.key.count == 32)
        #expect(WebhookSecret.generate() != first)
        #expect(WebhookSecret(text: "sk_live_abc") == nil)
        #expect(WebhookSecret(text: "whsec_") == nil)
        #expect(WebhookSecret(text: "whsec_%%%") == nil)
    }
}
