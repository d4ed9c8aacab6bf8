import Foundation

/// The carrying out of an approved remedy: who, when, and their note.
public struct RemedyExecution: Sendable, Hashable {
    public var by: String
    public var at: Date
    public var note: String?

    public init(by: String, at: Date, note: String?) {
        self.by = by
        self.at = at
        self.note = note
    }
}
