import CarrierSupport
import Foundation

/// Why a part of a FedEx answer could not be decoded: the field path ("output.completeTrackResults[2].trackResults[0]
/// .scanEvents[1].scanLocation") and the problem, in words.
public struct FedExDecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Dotted field path from the top of the answer, array positions in brackets.
    public var path: String
    /// What was wrong there.
    public var problem: String

    /// Creates a failure from a path and a problem.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// Describes a `DecodingError` by its coding path and kind.
    public init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "wrong type, expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "missing \(type) value: \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            self.init(path: Self.path(context.codingPath + [key]), problem: "required field missing")
        case .dataCorrupted(let context):
            self.init(path: Self.path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            self.init(path: "", problem: String(describing: error))
        }
    }

    /// "path: problem".
    public var description: String {
        path.isEmpty ? problem : "\(path): \(problem)"
    }

    /// Renders a coding path as `a.b[2].c`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        CodingPathText.render(codingPath)
    }
}
