import ShipwatchCore
import Testing

@Suite("Tracking numbers: normalization")
struct TrackingNumberNormalizeTests {
    @Test("normalizing byte by byte gives what Unicode's rules give, for every ASCII text and for text beyond it")
    func normalizeAgreesWithUnicodeRules() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = Array(" \t\r\n-abcxyzABCXYZ0189_./%~") + ["é", "ß", "ﬀ", "\u{00A0}", "１", "\r\n"]
        var samples = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            var sample = ""
            for _ in 0..<length { sample.append(alphabet[Int.random(in: alphabet.indices, using: &generator)]) }
            samples.append(sample)
        }
        for text in samples {
            let unicodeRules = String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
            #expect(TrackingNumber.normalize(text) == unicodeRules, "\(text.debugDescription)")
        }
    }
}
