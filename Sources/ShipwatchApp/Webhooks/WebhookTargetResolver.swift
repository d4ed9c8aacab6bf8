import Foundation
import NIOPosix
import ShipwatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a webhook URL at delivery time: its text against the target policy, then the addresses its host name
/// resolves to (so a public name that resolves into a private range is refused too). An allowed name is pinned to
/// its first checked address, and the delivery connects to exactly that address (``WebhookPassClients``), so a
/// name whose answer changes between the check and the connection (DNS rebinding) cannot reach a private address.
/// Answers are kept for the resolver's lifetime (one delivery pass). Loopback names (`localhost`, `*.localhost`),
/// literal addresses, and every target when private ones are allowed are not resolved here, and not pinned.
actor WebhookTargetResolver {
    /// Resolves a host name to its addresses (empty when it does not resolve).
    typealias LookUp = @Sendable (String) async -> [IPAddressBytes]

    /// A host's checked answer: the reason to refuse it, or the address to pin it to.
    private enum Answer {
        case refused(String)
        case address(IPAddressBytes)
    }

    let policy: WebhookTargetPolicy
    private let lookUp: LookUp
    private var answers: [String: Answer] = [:]

    /// A resolver judging by `policy`; `lookUp` is the system's resolver except in tests.
    init(policy: WebhookTargetPolicy, lookUp: @escaping LookUp = WebhookTargetResolver.resolve) {
        self.policy = policy
        self.lookUp = lookUp
    }

    /// Whether to send to `url`, and to which address.
    func check(url: String) async -> WebhookTargetCheck {
        if let problem = policy.urlProblem(url) { return .refused(problem) }
        guard let target = WebhookTarget(parsing: url) else { return .refused("unreadable URL") }
        if target.isLoopback || target.literalAddress != nil || policy.allowPrivateTargets { return .allowed(pin: nil) }
        let answer: Answer
        if let known = answers[target.host] {
            answer = known
        } else {
            answer = Self.judge(host: target.host, addresses: await lookUp(target.host), policy: policy)
            answers[target.host] = answer
        }
        switch answer {
        case .refused(let problem):
            return .refused(problem)
        case .address(let address):
            // The HTTP client keys its DNS override by the host as it reads it from the URL (case kept).
            return .allowed(pin: WebhookPinnedTarget(host: URL(string: url)?.host ?? target.host, address: address))
        }
    }

    /// The reason not to send to `url`, or nil.
    func problem(url: String) async -> String? {
        if case .refused(let problem) = await check(url: url) { return problem }
        return nil
    }

    private static func judge(host: String, addresses: [IPAddressBytes], policy: WebhookTargetPolicy) -> Answer {
        guard let first = addresses.first else { return .refused("\(host) does not resolve") }
        if let problem = addresses.lazy.compactMap({ policy.addressProblem($0).map { "\(host): \($0)" } }).first {
            return .refused(problem)
        }
        return .address(first)
    }

    /// The host's IPv4 and IPv6 addresses in the system resolver's order (getaddrinfo on NIO's blocking-I/O thread
    /// pool).
    static func resolve(_ host: String) async -> [IPAddressBytes] {
        (try? await NIOThreadPool.singleton.runIfActive { systemLookUp(host) }) ?? []
    }

    private static func systemLookUp(_ host: String) -> [IPAddressBytes] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var result: [IPAddressBytes] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let address = entry.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    let bytes = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        withUnsafeBytes(of: pointer.pointee.sin_addr) { Array($0) }
                    }
                    if let parsed = IPAddressBytes(bytes: bytes) { result.append(parsed) }
                case AF_INET6:
                    let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
                    }
                    if let parsed = IPAddressBytes(bytes: bytes) { result.append(parsed) }
                default:
                    break
                }
            }
            cursor = entry.pointee.ai_next
        }
        return result
    }
}
