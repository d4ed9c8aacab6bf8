import Testing

@testable import ShipwatchCore

/// The ASCII fast path of ``TextNormalization/key(_:)`` must give exactly what the Unicode path gives.
@Suite("Text keys: the ASCII fast path")
struct TextNormalizationKeyTests {
    @Test("known carrier texts fold as before: case, punctuation and spacing never matter")
    func knownTexts() {
        #expect(TextNormalization.key("  Arrived at  Facility, Memphis-TN ") == "ARRIVED AT FACILITY MEMPHIS TN")
        #expect(TextNormalization.key("HONG KONG SAR, CHINA") == "HONG KONG SAR CHINA")
        #expect(TextNormalization.key("--") == "")
        #expect(TextNormalization.key("Köln – Deutschland") == "KÖLN DEUTSCHLAND")
    }

    @Test("on 20,000 generated ASCII texts the fast path equals the scalar-by-scalar path")
    func fastPathAgreesWithTheUnicodePath() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in UInt8(generator.next() % 0x80) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TextNormalization.asciiKey(text) == TextNormalization.unicodeKey(text), "\(Array(text.utf8))")
        }
    }
}

/// A small deterministic generator, so a failure is reproducible.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
