import ShipwatchCore

/// A `Decoder` over a `JSONTape`: the carriers' wire models decode from the one parse that also gives the raw
/// fragments, without Foundation's per-value boxing. Errors are `DecodingError`s with the same coding paths
/// (array positions as "Index N" keys) Foundation's `JSONDecoder` reports.
public enum JSONTapeDecoder {
    /// Parses `bytes` and decodes the document as `type`; a syntax error is `DecodingError.dataCorrupted`.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let tape: JSONTape
        do {
            tape = try JSONTape(parsing: bytes)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "The given data was not valid JSON: \(error)"))
        }
        return try decode(type, from: tape.root)
    }

    /// Decodes one value of an already parsed tape as `type`.
    public static func decode<Value: Decodable>(_ type: Value.Type, from node: JSONNode, codingPath: [any CodingKey] = []) throws -> Value {
        let decoder = TapeDecoder(tape: node.tape, index: node.index, parent: nil, key: nil, basePath: codingPath)
        return try decoder.decodeValue(type)
    }
}

/// An array position as a coding key, spelled as Foundation spells it.
struct TapeIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The decoder of one tape value; its coding path is computed from its parents only when asked for (errors).
final class TapeDecoder: Decoder {
    let tape: JSONTape
    let index: Int
    private let parent: TapeDecoder?
    private let key: (any CodingKey)?
    private let basePath: [any CodingKey]

    init(tape: JSONTape, index: Int, parent: TapeDecoder?, key: (any CodingKey)?, basePath: [any CodingKey] = []) {
        self.tape = tape
        self.index = index
        self.parent = parent
        self.key = key
        self.basePath = basePath
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link: TapeDecoder? = self
        var root: TapeDecoder = self
        while let current = link {
            if let key = current.key { keys.append(key) }
            root = current
            link = current.parent
        }
        return root.basePath + keys.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var kind: JSONTape.Kind { tape.entries[index].kind }

    func child(_ index: Int, key: any CodingKey) -> TapeDecoder {
        TapeDecoder(tape: tape, index: index, parent: self, key: key)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard kind == .object else { throw mismatch([String: Any].self, "expected an object, found \(kind)") }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard kind == .array else { throw mismatch([Any].self, "expected an array, found \(kind)") }
        return TapeUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self)
    }

    /// A type mismatch at this value (a `null` where a value is required is `valueNotFound`, as in Foundation).
    func mismatch(_ type: Any.Type, _ detail: String) -> DecodingError {
        if kind == .null {
            return .valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected a value, found null"))
        }
        return .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: detail))
    }

    // MARK: - Values

    func decodeValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if type == String.self, let value = try decodeString() as? Value { return value }
        if type == Int.self, let value = try decodeInteger(Int.self) as? Value { return value }
        if type == Double.self, let value = try decodeDouble() as? Value { return value }
        if type == Bool.self, let value = try decodeBool() as? Value { return value }
        if type == LenientScalar.self, let value = tape.scalar(at: index) as? Value { return value }
        if type == JSONFragment.self, let value = tape.fragment(at: index) as? Value { return value }
        return try Value(from: self)
    }

    func decodeNil() -> Bool { kind == .null }

    func decodeString() throws -> String {
        guard let text = tape.string(at: index) else { throw mismatch(String.self, "expected text, found \(kind)") }
        return text
    }

    func decodeBool() throws -> Bool {
        let entry = tape.entries[index]
        guard entry.kind == .bool else { throw mismatch(Bool.self, "expected a boolean, found \(entry.kind)") }
        return entry.flag
    }

    func decodeDouble() throws -> Double {
        guard kind == .number else { throw mismatch(Double.self, "expected a number, found \(kind)") }
        guard let value = tape.double(at: index), value.isFinite else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "number not representable as Double"))
        }
        return value
    }

    func decodeFloat() throws -> Float {
        let value = try decodeDouble()
        guard let narrowed = Float(exactly: value) ?? (abs(value) <= Double(Float.greatestFiniteMagnitude) ? Float(value) : nil) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "number not representable as Float"))
        }
        return narrowed
    }

    /// A whole number of type `Integer`: an integer spelling within range, or a decimal spelling that is exactly
    /// a value of the type ("2.0", "1e3"); anything else is `dataCorrupted`, never a trap.
    func decodeInteger<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        guard kind == .number else { throw mismatch(type, "expected a number, found \(kind)") }
        if let whole = tape.integer(at: index), let value = Integer(exactly: whole) { return value }
        if let number = tape.double(at: index), number.isFinite, let value = Integer(exactly: number) { return value }
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "number does not fit \(type)"))
    }
}
