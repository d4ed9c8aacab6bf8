import CarrierSupport
import Foundation

extension DecodingError {
    /// "shipments[1].events[0].timestamp: expected String, found a number" — where and what, for logs and ledgers.
    var pathAndReason: String {
        let (context, reason): (Context, String) = switch self {
        case .typeMismatch(let type, let context): (context, "expected \(type)")
        case .valueNotFound(let type, let context): (context, "missing \(type) value")
        case .keyNotFound(let key, let context): (context, "missing field \"\(key.stringValue)\"")
        case .dataCorrupted(let context): (context, "unreadable value")
        @unknown default: (Context(codingPath: [], debugDescription: "\(self)"), "unreadable")
        }
        var path = Self.pathText(context.codingPath)
        if case .keyNotFound(let key, _) = self {
            path = Self.pathText(context.codingPath + [key])
        }
        let detail = context.debugDescription.isEmpty ? reason : "\(reason) (\(context.debugDescription))"
        return path.isEmpty ? detail : "\(path): \(detail)"
    }

    /// Joins coding keys as "a.b[2].c".
    static func pathText(_ codingPath: [any CodingKey]) -> String {
        CodingPathText.render(codingPath)
    }
}
