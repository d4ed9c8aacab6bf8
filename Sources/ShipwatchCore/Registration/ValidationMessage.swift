/// A human-readable validation failure.
public struct ValidationMessage: Error, Sendable, Hashable {
    public var text: String
    public init(_ text: String) { self.text = text }
}
