import Foundation
import ShipwatchCore

/// Finds keys in a decoded document that the typed model does not know.
///
/// The typed value is encoded back and both trees are compared: any key present in the input but absent
/// from the re-encoded value was ignored by the decoder, so it is unknown (a typo, or a key for a newer version).
enum StrictKeys {
    static func unknownKeys(input: JSONFragment, known: JSONFragment, path: String = "") -> [String] {
        switch (input, known) {
        case (.object(let inputMembers), .object(let knownMembers)):
            var unknown: [String] = []
            for key in inputMembers.keys.sorted() {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                guard let inputValue = inputMembers[key] else { continue }
                if case .null = inputValue { continue }
                guard let knownValue = knownMembers[key] else {
                    unknown.append(childPath)
                    continue
                }
                unknown += unknownKeys(input: inputValue, known: knownValue, path: childPath)
            }
            return unknown
        case (.array(let inputItems), .array(let knownItems)):
            return zip(inputItems, knownItems).enumerated().flatMap { index, pair in
                unknownKeys(input: pair.0, known: pair.1, path: "\(path)[\(index)]")
            }
        default:
            return []
        }
    }

    /// The JSON tree of an encodable value.
    ///
    /// Infinities and NaN (YAML's `.inf`, `.nan`) are written as text rather than refused: only the keys
    /// matter here, and validation names the key whose value is not finite.
    static func tree(of value: some Encodable) throws -> JSONFragment {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data = try encoder.encode(value)
        return try JSONDecoder().decode(JSONFragment.self, from: data)
    }
}
