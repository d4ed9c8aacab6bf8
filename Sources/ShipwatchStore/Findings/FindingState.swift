/// Whether a stored finding's rule still fires (`findings.state`).
public enum FindingState: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case resolved
}
