/// Which URLs a webhook may target: `https://` anywhere public; `http://` only to loopback (testing); private,
/// link-local and other non-public addresses only when the configuration allows them (server-side request
/// forgery). Checked when an endpoint is added and again at delivery, on the addresses the host name resolved to.
public struct WebhookTargetPolicy: Sendable, Hashable {
    /// `webhooks.allow_private_targets`.
    public var allowPrivateTargets: Bool

    public init(allowPrivateTargets: Bool) {
        self.allowPrivateTargets = allowPrivateTargets
    }

    /// The URL's problem, or nil when it may be added. Host names are judged by their text here (`localhost`,
    /// literal addresses); their resolved addresses are judged by ``addressProblem(_:)`` at delivery.
    public func urlProblem(_ text: String) -> String? {
        guard let target = WebhookTarget(parsing: text) else {
            return "'\(text)' is not an http(s) URL with a host (scheme://host[:port][/path])"
        }
        if target.isLoopback { return nil }
        guard target.scheme == "https" else { return "only https:// URLs are allowed (http:// only to loopback)" }
        if let address = target.literalAddress, let problem = addressProblem(address) { return problem }
        return nil
    }

    /// The problem of sending to this resolved address, or nil.
    public func addressProblem(_ address: IPAddressBytes) -> String? {
        if address.isLoopback || allowPrivateTargets { return nil }
        if address.isNonPublic {
            return "\(address) is a private, link-local or reserved address (set webhooks.allow_private_targets to allow it)"
        }
        return nil
    }
}
