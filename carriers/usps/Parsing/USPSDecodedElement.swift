import Foundation

/// One element of a USPS answer decoded on its own: a bad element becomes a failure with a field path
/// instead of failing the whole array, so the other numbers of a batch survive.
struct USPSDecodedElement: Decodable {
    let result: Result<USPSTrackingDetail, USPSDecodingFailure>

    init(from decoder: any Decoder) {
        do {
            result = .success(try USPSTrackingDetail(from: decoder))
        } catch {
            result = .failure(USPSDecodingFailure(error))
        }
    }
}

/// A decoding error told as "field path: what was wrong".
struct USPSDecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    let path: String
    let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(_ error: any Error) {
        guard let decodingError = error as? DecodingError else {
            self.init(path: "", reason: String(describing: error))
            return
        }
        switch decodingError {
        case .typeMismatch(let type, let context):
            self.init(path: Self.render(context.codingPath), reason: "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(path: Self.render(context.codingPath), reason: "missing \(type) value")
        case .keyNotFound(let key, let context):
            self.init(path: Self.render(context.codingPath + [key]), reason: "missing field")
        case .dataCorrupted(let context):
            self.init(path: Self.render(context.codingPath), reason: context.debugDescription)
        @unknown default:
            self.init(path: "", reason: String(describing: decodingError))
        }
    }

    var description: String { path.isEmpty ? reason : "\(path): \(reason)" }

    /// `[1].trackingEvents[2].eventCode`-style path.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
