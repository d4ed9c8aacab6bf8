import Crypto
import ShipwatchCore

/// The text of an API key: `sw_<key id: 16 hex>_<secret: 64 hex>`.
///
/// The key id is public (it finds the row); the secret is 256 random bits of which only the SHA-256 is stored.
public struct APIKeyText: Sendable, Hashable {
    public var keyID: String
    /// The 32 secret bytes.
    public var secret: [UInt8]

    static let prefix = "sw_"

    /// A new key from the system's cryptographically secure generator.
    public static func generate() -> APIKeyText {
        var generator = SystemRandomNumberGenerator()
        let idBytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let secret = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return APIKeyText(keyID: Hex.encode(idBytes), secret: secret)
    }

    public init(keyID: String, secret: [UInt8]) {
        self.keyID = keyID
        self.secret = secret
    }

    /// Parses a presented key; nil for anything not shaped like one.
    public init?(parsing text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 3 + 16 + 1 + 64, text.hasPrefix(Self.prefix), utf8[19] == UInt8(ascii: "_"),
              let idBytes = Hex.decode(utf8[3..<19]), let secret = Hex.decode(utf8[20...])
        else { return nil }
        self.keyID = Hex.encode(idBytes)
        self.secret = secret
    }

    /// The text to hand to the store, once.
    public var text: String { Self.prefix + keyID + "_" + Hex.encode(secret) }

    /// SHA-256 of the secret bytes: what the database keeps.
    public var secretHash: [UInt8] { Array(SHA256.hash(data: secret)) }

    /// True when this key's secret hashes to `storedHash`, compared in constant time (every byte is visited
    /// whatever the first difference).
    public func matches(storedHash: [UInt8]) -> Bool {
        let presented = secretHash
        guard presented.count == storedHash.count else { return false }
        var difference: UInt8 = 0
        for index in presented.indices {
            difference |= presented[index] ^ storedHash[index]
        }
        return difference == 0
    }
}

/// Lower-case hexadecimal.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var characters: [UInt8] = []
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// Bytes of lower- or upper-case hex text; nil for an odd length or a non-hex character.
    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2)
        var high: UInt8?
        for character in text {
            guard let value = nibble(character) else { return nil }
            if let pending = high {
                bytes.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return bytes
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
