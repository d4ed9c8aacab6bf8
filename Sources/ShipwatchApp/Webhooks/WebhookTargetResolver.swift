import Foundation
import NIOPosix
import ShipwatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a webhook URL at delivery time: its text against the target policy, then the addresses its host name
/// resolves to (so a public name that resolves into a private range is refused too). Answers are kept for the
/// resolver's lifetime (one delivery pass). The client resolves the name again when it connects; a name whose
/// answer changes in between is the remaining gap.
actor WebhookTargetResolver {
    let policy: WebhookTargetPolicy
    private var answers: [String: String?] = [:]

    init(policy: WebhookTargetPolicy) {
        self.policy = policy
    }

    /// The reason not to send to `url`, or nil.
    func problem(url: String) async -> String? {
        if let problem = policy.urlProblem(url) { return problem }
        guard let target = WebhookTarget(parsing: url) else { return "unreadable URL" }
        if target.isLoopback || target.literalAddress != nil || policy.allowPrivateTargets { return nil }
        if let known = answers[target.host] { return known }
        let addresses = await Self.resolve(target.host)
        let problem: String?
        if addresses.isEmpty {
            problem = "\(target.host) does not resolve"
        } else {
            problem = addresses.lazy.compactMap { address in self.policy.addressProblem(address).map { "\(target.host): \($0)" } }.first
        }
        answers.updateValue(problem, forKey: target.host)
        return problem
    }

    /// The host's IPv4 and IPv6 addresses (getaddrinfo on NIO's blocking-I/O thread pool).
    static func resolve(_ host: String) async -> [IPAddressBytes] {
        (try? await NIOThreadPool.singleton.runIfActive { lookUp(host) }) ?? []
    }

    private static func lookUp(_ host: String) -> [IPAddressBytes] {
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
