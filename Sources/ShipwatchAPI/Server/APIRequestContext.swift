import Foundation
import ShipwatchCore
import Hummingbird
import NIOCore

/// The request context of every Shipwatch route: Hummingbird's core storage, the peer's address (per-IP limits)
/// and, once a key was checked, who is calling.
public struct APIRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Set by ``KeyAuthenticationMiddleware`` for the `/v1` routes.
    public var caller: APICaller?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        caller = nil
    }

    /// The caller; throws 401 on routes that forgot the authentication middleware (never nil behind it).
    public func requireCaller() throws -> APICaller {
        guard let caller else { throw Problem.unauthorized() }
        return caller
    }

    /// The peer's IP address as text, or "unknown" (a Unix socket, a test channel without an address).
    public var clientAddress: String {
        remoteAddress?.ipAddress ?? "unknown"
    }
}

/// An authenticated key: its row id, public id, scope and the one store it sees.
public struct APICaller: Sendable, Hashable {
    public var keyRowID: Int64
    public var keyID: String
    public var store: String?
    public var scope: APIKeyScope

    public init(keyRowID: Int64, keyID: String, store: String?, scope: APIKeyScope) {
        self.keyRowID = keyRowID
        self.keyID = keyID
        self.store = store
        self.scope = scope
    }
}

extension APIRequestContext {
    /// A path parameter, percent-decoded (Hummingbird hands them over raw); the raw text when it is not valid
    /// percent-encoding.
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        // Most parameters carry no escape at all; Foundation's decoding is not free on the storefront's hot path.
        guard raw.utf8.contains(UInt8(ascii: "%")) else { return raw }
        return raw.removingPercentEncoding ?? raw
    }
}
