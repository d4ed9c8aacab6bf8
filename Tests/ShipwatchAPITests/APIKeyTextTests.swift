import HTTPTypes
import ShipwatchAPI
import Testing

@Suite("API key text: 256-bit secrets, stored as SHA-256, compared in constant time")
struct APIKeyTextTests {
    @Test("a generated key prints as sw_<16 hex>_<64 hex> and parses back to the same id and secret")
    func roundTrip() throws {
        let key = APIKeyText.generate()
        #expect(key.text.count == 84)
        #expect(key.text.hasPrefix("sw_"))
        #expect(key.secret.count == 32)
        let parsed = try #require(APIKeyText(parsing: key.text))
        #expect(parsed == key)
        #expect(parsed.matches(storedHash: key.secretHash))
    }

    @Test("two generated keys share neither id nor secret")
    func keysAreRandom() {
        let first = APIKeyText.generate()
        let second = APIKeyText.generate()
        #expect(first.keyID != second.keyID)
        #expect(first.secret != second.secret)
    }

    @Test("the stored hash is SHA-256 of the secret bytes, never the secret")
    func storedHashIsSHA256() throws {
        let key = APIKeyText(keyID: "0123456789abcdef", secret: [UInt8](repeating: 0, count: 32))
        // SHA-256 of 32 zero bytes.
        #expect(key.secretHash.map { String($0, radix: 16) }.joined().hasPrefix("66687aadf862bd776c8fc18b8e9f8e2"))
        #expect(key.secretHash != key.secret)
    }

    @Test("another secret, a truncated hash or an empty hash never match")
    func mismatches() {
        let key = APIKeyText.generate()
        let other = APIKeyText(keyID: key.keyID, secret: key.secret.map { $0 ^ 1 })
        #expect(!other.matches(storedHash: key.secretHash))
        #expect(!key.matches(storedHash: Array(key.secretHash.dropLast())))
        #expect(!key.matches(storedHash: []))
    }

    @Test("text that is not shaped like a key is refused", arguments: [
        "", "sw_", "sw_0123456789abcdef", "xx_0123456789abcdef_" + String(repeating: "a", count: 64),
        "sw_0123456789abcdeg_" + String(repeating: "a", count: 64), "sw_0123456789abcdef-" + String(repeating: "a", count: 64),
        "sw_0123456789abcdef_" + String(repeating: "a", count: 63), "sw_0123456789abcdef_" + String(repeating: "é", count: 32),
    ])
    func malformedText(text: String) {
        #expect(APIKeyText(parsing: text) == nil)
    }
}
