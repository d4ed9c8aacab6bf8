/// The 64-bit FNV-1a hash: small, stable across runs and platforms (unlike `Hasher`), good enough to notice
/// that a migration's text changed. Not a cryptographic hash.
struct FNV1a64 {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value: UInt64 = FNV1a64.offsetBasis

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* FNV1a64.prime
        }
    }

    /// Sixteen lower-case hexadecimal digits.
    var hexDigest: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
