/// A value read without knowing its kind in advance, as the lenient readers need it: one look at the value instead
/// of a trial decode per candidate type.
///
/// With `JSONTapeDecoder` it is read straight off the tape; with any other decoder it tries, in this order,
/// nil, text, a whole number, a decimal and a boolean.
public enum LenientScalar: Decodable, Sendable, Hashable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    /// An object or an array.
    case container

    public init(from decoder: any Decoder) throws {
        if let tapeDecoder = decoder as? TapeDecoder {
            self = tapeDecoder.tape.scalar(at: tapeDecoder.index)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let whole = try? container.decode(Int.self) {
            self = .integer(whole)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else {
            self = .container
        }
    }
}

extension JSONTape {
    /// The scalar at `index`: a number spelled as an integer that fits `Int` is `.integer`, any other number
    /// `.number` (possibly infinite for a spelling like `1e400`).
    func scalar(at index: Int) -> LenientScalar {
        let entry = entries[index]
        switch entry.kind {
        case .null: return .null
        case .bool: return .flag(entry.flag)
        case .string: return .text(string(at: index) ?? "")
        case .number:
            if let whole = integer(at: index), let value = Int(exactly: whole) { return .integer(value) }
            return .number(double(at: index) ?? .nan)
        case .array, .object: return .container
        }
    }
}
