/// Deterministic structure-aware mutations of carrier payloads: byte flips, cuts, duplications and splices,
/// and replacements of JSON numbers and strings by values that have hurt parsers ("1e20", "inf", -5, huge
/// digit runs, impossible dates). Seeded, so a failing iteration can be replayed.
struct PayloadMutator {
    private var state: UInt64
    private let seeds: [[UInt8]]

    init(seed: UInt64, seeds: [[UInt8]]) {
        state = seed
        self.seeds = seeds.isEmpty ? [Array("{}".utf8)] : seeds
    }

    /// The next mutated payload: a seed with one to four mutations.
    mutating func next() -> [UInt8] {
        var payload = seeds[below(seeds.count)]
        for _ in 0...below(4) { mutate(&payload) }
        return payload
    }

    private static let numbers = ["1e20", "1e30", "-5", "-1", "0", "1e308", "-1e308", "1e-400", "99999999999999999999",
                                  "9223372036854775808", "-9223372036854775809", "0.5", "\"inf\"", "\"-inf\"", "\"nan\"",
                                  "\"1e20\"", "\"1e30\"", "\"-5\"", "null", "true", "[]", "{}", "\"\""]
    private static let strings = ["", " ", "inf", "1e20", "-5", "2024-13-45T25:61:00", "9999-12-31T23:59:59+18:00",
                                  "0000-01-01T00:00:00", "2024-02-30", "2024-11-22T13:58:00+99:99", "24:00", "999999",
                                  "20251301", "+14:00", "-12:00", "Z", "\u{0}", "é", "TW0001", "TRACKING.TRACKINGNUMBER.INVALID"]

    private mutating func mutate(_ payload: inout [UInt8]) {
        switch below(9) {
        case 0 where !payload.isEmpty:
            payload[below(payload.count)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
        case 1:
            payload.insert(UInt8(truncatingIfNeeded: next64()), at: below(payload.count + 1))
        case 2 where !payload.isEmpty:
            let start = below(payload.count)
            payload.removeSubrange(start..<min(payload.count, start + 1 + below(64)))
        case 3 where !payload.isEmpty:
            let start = below(payload.count)
            let chunk = payload[start..<min(payload.count, start + 1 + below(256))]
            payload.insert(contentsOf: chunk, at: below(payload.count + 1))
        case 4:
            let other = seeds[below(seeds.count)]
            let cut = below(payload.count + 1)
            payload = Array(payload[..<cut]) + Array(other[below(other.count + 1)...])
        case 5, 6:
            replaceToken(&payload, isNumber: true)
        case 7:
            replaceToken(&payload, isNumber: false)
        default:
            payload = Array(payload.prefix(below(payload.count + 1)))
        }
    }

    /// Replaces a JSON number (or a quoted string's contents) found near a random position.
    private mutating func replaceToken(_ payload: inout [UInt8], isNumber: Bool) {
        guard !payload.isEmpty else { return }
        let quote = UInt8(ascii: "\"")
        var index = below(payload.count)
        var scanned = 0
        while scanned < payload.count {
            let byte = payload[index]
            if isNumber, byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var end = index
                while end < payload.count, Self.isNumberByte(payload[end]) { end += 1 }
                payload.replaceSubrange(index..<end, with: Array(Self.numbers[below(Self.numbers.count)].utf8))
                return
            }
            if !isNumber, byte == quote, let close = payload[(index + 1)...].firstIndex(of: quote) {
                payload.replaceSubrange((index + 1)..<close, with: Array(Self.strings[below(Self.strings.count)].utf8))
                return
            }
            index = (index + 1) % payload.count
            scanned += 1
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                                                                    UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte)
    }

    /// SplitMix64.
    private mutating func next64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next64() % UInt64(bound))
    }
}
