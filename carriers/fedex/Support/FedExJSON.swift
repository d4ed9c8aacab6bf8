import Foundation

/// The JSON settings this adapter reads and writes FedEx bodies with.
enum FedExJSON {
    /// Encodes a wire model compactly with stable key order; wire models always encode.
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }

    /// Decodes a wire model, describing a failure by field path.
    static func decode<Model: Decodable>(_ type: Model.Type, from bytes: [UInt8]) throws(FedExDecodingFailure) -> Model {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw FedExDecodingFailure(error)
        } catch {
            throw FedExDecodingFailure(path: "", problem: String(describing: error))
        }
    }

    /// The first characters of a body, for error details.
    static func excerpt(_ bytes: [UInt8], limit: Int = 200) -> String {
        let text = String(decoding: bytes.prefix(limit), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return "empty body" }
        return bytes.count > limit ? text + "…" : text
    }
}
