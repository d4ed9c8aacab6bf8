/// JSON text written straight into bytes, for the storefront's hot answers.
///
/// Foundation's `JSONEncoder` builds a tree of boxed values through keyed containers and then serializes it: for
/// a tracking document that was a fifth of a request's CPU. The documents here know their fields, so they write
/// them in order instead. The caller writes the keys of each object in sorted order, as `JSONCoding` (sorted
/// keys) does for the other answers, so the bytes (and the ETags over them) depend on the values only.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    /// One entry per open object or array: whether it already holds a member (so the next one needs a comma).
    private var filled: [Bool] = []

    init(reservingCapacity capacity: Int = 1_024) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes `{`, then the members `body` writes, then `}`.
    mutating func object(_ body: (inout JSONBytes) -> Void) {
        openContainer(UInt8(ascii: "{"))
        body(&self)
        closeContainer(UInt8(ascii: "}"))
    }

    /// Writes `[`, one element per item, then `]`.
    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONBytes, Items.Element) -> Void) {
        openContainer(UInt8(ascii: "["))
        for item in items {
            separate()
            element(&self, item)
        }
        closeContainer(UInt8(ascii: "]"))
    }

    /// Writes `"key":` inside an object; the value follows with one of the value writers.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A string value, or `null`.
    mutating func string(_ value: String?) {
        guard let value else { return appendNull() }
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return bytes.append(contentsOf: value.utf8)
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
            case 0x00..<0x20:
                // Any other control character as \u00XX (JSON forbids them raw in strings).
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
    }

    /// A nested value written by `body` (an object or array), or `null` when `value` is nil.
    mutating func optional<Value>(_ value: Value?, _ body: (inout JSONBytes, Value) -> Void) {
        guard let value else { return appendNull() }
        body(&self, value)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendNull() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    private mutating func openContainer(_ opening: UInt8) {
        bytes.append(opening)
        filled.append(false)
    }

    private mutating func closeContainer(_ closing: UInt8) {
        filled.removeLast()
        bytes.append(closing)
    }

    /// Before a member or element: a comma unless it is the first of its container.
    private mutating func separate() {
        guard let last = filled.indices.last else { return }
        if filled[last] { bytes.append(UInt8(ascii: ",")) } else { filled[last] = true }
    }
}
