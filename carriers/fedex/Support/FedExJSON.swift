import CarrierSupport
import Foundation
import ShipwatchCore

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
            return try JSONTapeDecoder.decode(type, from: bytes)
        } catch let error as DecodingError {
            throw FedExDecodingFailure(error)
        } catch {
            throw FedExDecodingFailure(path: "", problem: String(describing: error))
        }
    }

    /// Decodes a wire model from an answer already read into a tape.
    static func decode<Model: Decodable>(_ type: Model.Type, from node: JSONNode) throws(FedExDecodingFailure) -> Model {
        do {
            return try node.decode(type)
        } catch let error as DecodingError {
            throw FedExDecodingFailure(error)
        } catch {
            throw FedExDecodingFailure(path: "", problem: String(describing: error))
        }
    }

    /// The first characters of a body, for error details.
    static func excerpt(_ bytes: [UInt8], limit: Int = 200) -> String {
        let text = String(decoding: bytes.prefix(limit), as: UTF8.self).trimmingWhitespaceAndNewlines()
        if text.isEmpty { return "empty body" }
        return bytes.count > limit ? text + "…" : text
    }
}
