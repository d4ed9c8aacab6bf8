import CarrierSupport
import Foundation
import ShipwatchCore

/// Field paths for error details: `trackResponse.shipment[0].package[0].activity[3].status`.
enum UPSFieldPath {
    /// Joins coding keys into a dotted path with array indexes in brackets.
    static func render(_ path: [any CodingKey]) -> String {
        let text = CodingPathText.render(path)
        return text.isEmpty ? "(root)" : text
    }

    /// A one-line account of a decoding failure: where, and what was wrong there.
    static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        switch decodingError {
        case .typeMismatch(let type, let context):
            return "\(render(context.codingPath)): expected \(type), found another type"
        case .valueNotFound(let type, let context):
            return "\(render(context.codingPath)): expected \(type), found null"
        case .keyNotFound(let key, let context):
            return "\(render(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(render(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: decodingError)
        }
    }
}
