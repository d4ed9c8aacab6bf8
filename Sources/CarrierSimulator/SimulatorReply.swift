import ShipwatchCore

/// The simulator's answer to one request: the response, and how long to hold it first.
public struct SimulatorReply: Sendable, Hashable {
    public var response: WireResponse
    /// Milliseconds to wait before answering (the `slow` fault).
    public var delayMilliseconds: Int

    public init(response: WireResponse, delayMilliseconds: Int = 0) {
        self.response = response
        self.delayMilliseconds = delayMilliseconds
    }
}
