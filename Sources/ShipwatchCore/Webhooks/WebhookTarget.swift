/// The parts of a webhook URL that the target policy judges.
public struct WebhookTarget: Sendable, Hashable {
    /// `http` or `https`, lowercased.
    public var scheme: String
    /// The host as written, lowercased, without IPv6 brackets.
    public var host: String
    public var port: Int

    /// Parses `scheme://host[:port][/path][?query]`; nil for anything else (user info, other schemes, bad ports).
    public init?(parsing text: String) {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            scheme = "https"
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            scheme = "http"
            rest = text.dropFirst(7)
        } else {
            return nil
        }
        guard !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) else { return nil }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        let hostPart: Substring
        var portPart: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            hostPart = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portPart = after.dropFirst()
            }
        } else {
            let pieces = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            hostPart = pieces[0]
            if pieces.count == 2 { portPart = pieces[1] }
        }
        guard !hostPart.isEmpty else { return nil }
        if let portPart {
            guard !portPart.isEmpty, portPart.count <= 5, portPart.allSatisfy(\.isASCII), portPart.allSatisfy(\.isNumber),
                  let port = Int(portPart), (1...65_535).contains(port)
            else { return nil }
            self.port = port
        } else {
            port = scheme == "https" ? 443 : 80
        }
        host = hostPart.lowercased()
        guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }) else { return nil }
    }

    /// The host when it is a literal IPv4 or IPv6 address.
    public var literalAddress: IPAddressBytes? { IPAddressBytes(parsing: host) }

    /// `localhost` (and its subdomains) or a loopback address.
    public var isLoopback: Bool {
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        return literalAddress?.isLoopback ?? false
    }
}
