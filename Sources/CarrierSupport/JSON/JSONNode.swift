import ShipwatchCore

/// One value of a `JSONTape`: a light handle (the tape and a position) for navigating a carrier answer and
/// taking a value's raw text as received.
public struct JSONNode: Sendable {
    /// The value's shape, for pattern matching.
    public enum Shape {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object
    }

    let tape: JSONTape
    let index: Int

    /// The JSON kind of the value.
    public var kind: JSONTape.Kind { tape.entries[index].kind }

    /// The value's shape; arrays list their items, objects are navigated with the subscript.
    public var shape: Shape {
        switch kind {
        case .null: .null
        case .bool: .bool(tape.entries[index].flag)
        case .number: .number(tape.double(at: index) ?? 0)
        case .string: .string(tape.string(at: index) ?? "")
        case .array: .array(elements)
        case .object: .object
        }
    }

    /// The member named `key` of an object (the last one when the name repeats); nil otherwise.
    public subscript(key: String) -> JSONNode? {
        tape.member(of: index, named: key).map { JSONNode(tape: tape, index: $0) }
    }

    /// The items of an array; empty for anything else.
    public var elements: [JSONNode] {
        guard kind == .array else { return [] }
        return tape.children(of: index).map { JSONNode(tape: tape, index: $0) }
    }

    /// The item at `position` of an array, or nil.
    public func element(_ position: Int) -> JSONNode? {
        let items = elements
        return items.indices.contains(position) ? items[position] : nil
    }

    /// The text of a string, or nil.
    public var text: String? { tape.string(at: index) }

    /// The number of a number, or nil.
    public var number: Double? { tape.double(at: index) }

    /// True for an object.
    public var isObject: Bool { kind == .object }

    /// True for an array.
    public var isArray: Bool { kind == .array }

    /// The value as received, compacted (no whitespace between tokens): members keep the carrier's order and
    /// strings and numbers their spelling, so it is the same JSON value as the bytes it was cut from.
    public var jsonText: String { tape.compactText(at: index) }

    /// The value as a schema-less `JSONFragment`.
    public var fragment: JSONFragment { tape.fragment(at: index) }

    /// Decodes the value as `type` with `JSONTapeDecoder`, reading the tape already parsed.
    public func decode<Value: Decodable>(_ type: Value.Type, codingPath: [any CodingKey] = []) throws -> Value {
        try JSONTapeDecoder.decode(type, from: self, codingPath: codingPath)
    }
}
