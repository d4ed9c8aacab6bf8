import ShipwatchCore

/// The ops dashboard's ports and settings; nil in ``APIDependencies`` leaves the `/ops` routes out.
public struct OpsDependencies: Sendable {
    public var users: any OpsUserDirectory
    public var sessions: any OpsSessionStore
    public var reader: any OpsDashboardReader
    public var desk: any OpsDecisionDesk
    public var settings: OpsSettings

    public init(
        users: any OpsUserDirectory, sessions: any OpsSessionStore, reader: any OpsDashboardReader, desk: any OpsDecisionDesk,
        settings: OpsSettings = OpsSettings()
    ) {
        self.users = users
        self.sessions = sessions
        self.reader = reader
        self.desk = desk
        self.settings = settings
    }
}

/// How the dashboard signs people in, pages its lists, and which carrier limits it shows.
public struct OpsSettings: Sendable, Hashable {
    /// How long a session lives after sign-in, in seconds.
    public var sessionSeconds: Int
    /// Sign-in attempts per minute from one client address, and for one e-mail (429 above it).
    public var loginAttemptsPerMinute: Int
    /// Peer addresses of reverse proxies whose `X-Forwarded-Proto: https` marks the request as HTTPS (then the
    /// session cookie is `Secure`) and whose `X-Forwarded-For` names the client.
    public var trustedProxies: [String]
    /// The service itself is reached over HTTPS (TLS in front without forwarding headers): always `Secure`.
    public var alwaysSecureCookies: Bool
    /// Rows per findings page.
    public var pageSize: Int
    /// Each carrier's configured rate and quotas (configuration, not database state), shown beside the calls used
    /// on the runs page; a carrier missing here is shown as having no limit.
    public var carrierLimits: [Carrier: CallLimits]

    public init(
        sessionSeconds: Int = 8 * 3_600, loginAttemptsPerMinute: Int = 10, trustedProxies: [String] = [],
        alwaysSecureCookies: Bool = false, pageSize: Int = 50, carrierLimits: [Carrier: CallLimits] = [:]
    ) {
        self.sessionSeconds = sessionSeconds
        self.loginAttemptsPerMinute = loginAttemptsPerMinute
        self.trustedProxies = trustedProxies
        self.alwaysSecureCookies = alwaysSecureCookies
        self.pageSize = pageSize
        self.carrierLimits = carrierLimits
    }
}
