import ShipwatchAPI

/// `serve.ops`: the ops dashboard's sign-in and lists.
public struct ServeOpsSettings: Sendable, Codable {
    /// Hours a dashboard session lives after sign-in.
    public var sessionHours: Int = 8
    /// Sign-in attempts per minute per client address and per e-mail, across every replica (429 above it).
    public var loginAttemptsPerMinute: Int = 10
    /// Addresses of reverse proxies whose `X-Forwarded-Proto`/`X-Forwarded-For` are believed.
    public var trustedProxies: [String] = []
    /// Mark the session cookie `Secure` on every response (HTTPS in front without forwarding headers).
    public var secureCookies: Bool = false
    /// Rows per findings page.
    public var pageSize: Int = 50

    public init() {}

    enum CodingKeys: String, CodingKey {
        case sessionHours = "session_hours"
        case loginAttemptsPerMinute = "login_attempts_per_minute"
        case trustedProxies = "trusted_proxies"
        case secureCookies = "secure_cookies"
        case pageSize = "page_size"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ServeOpsSettings()
        sessionHours = try container.decodeIfPresent(Int.self, forKey: .sessionHours) ?? defaults.sessionHours
        loginAttemptsPerMinute = try container.decodeIfPresent(Int.self, forKey: .loginAttemptsPerMinute) ?? defaults.loginAttemptsPerMinute
        trustedProxies = try container.decodeIfPresent([String].self, forKey: .trustedProxies) ?? []
        secureCookies = try container.decodeIfPresent(Bool.self, forKey: .secureCookies) ?? false
        pageSize = try container.decodeIfPresent(Int.self, forKey: .pageSize) ?? defaults.pageSize
    }

    func problems(at path: String) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if !(1...720).contains(sessionHours) { problems.append(.init(path: "\(path).session_hours", message: "must be 1 to 720")) }
        if !(1...1_000).contains(loginAttemptsPerMinute) {
            problems.append(.init(path: "\(path).login_attempts_per_minute", message: "must be 1 to 1000"))
        }
        if !(5...1_000).contains(pageSize) { problems.append(.init(path: "\(path).page_size", message: "must be 5 to 1000")) }
        for (index, proxy) in trustedProxies.enumerated()
        where proxy.isEmpty || !proxy.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            problems.append(.init(path: "\(path).trusted_proxies[\(index)]", message: "'\(proxy)' is not an IP address"))
        }
        return problems
    }

    /// The dashboard's view of these settings.
    public var opsSettings: OpsSettings {
        OpsSettings(
            sessionSeconds: sessionHours * 3_600, loginAttemptsPerMinute: loginAttemptsPerMinute, trustedProxies: trustedProxies,
            alwaysSecureCookies: secureCookies, pageSize: pageSize)
    }
}
