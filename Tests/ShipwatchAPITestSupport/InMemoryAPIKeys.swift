import Foundation
import ShipwatchCore

/// API keys in memory (the PostgreSQL version shares them across replicas).
public actor InMemoryAPIKeys: APIKeyDirectory {
    private var keys: [APIKeyRecord] = []
    private let stores: Set<String>

    public init(stores: Set<String>) {
        self.stores = stores
    }

    public func create(_ key: NewAPIKey) async throws -> APIKeyRecord {
        if let store = key.store, !stores.contains(store) { throw InMemoryError.unknownStore(store) }
        let record = APIKeyRecord(
            id: Int64(keys.count + 1), keyID: key.keyID, secretHash: key.secretHash, store: key.store, name: key.name,
            scope: key.scope, createdAt: Date(timeIntervalSince1970: 0), revokedAt: nil)
        keys.append(record)
        return record
    }

    public func list(store: String?) async throws -> [APIKeyRecord] {
        keys.filter { store == nil || $0.store == store }.reversed()
    }

    public func revoke(id: Int64, at: Date) async throws -> Bool {
        guard let index = keys.firstIndex(where: { $0.id == id && $0.revokedAt == nil }) else { return false }
        keys[index].revokedAt = at
        return true
    }

    public func activeKey(keyID: String) async throws -> APIKeyRecord? {
        keys.first { $0.keyID == keyID && $0.revokedAt == nil }
    }
}

/// Rate windows in memory: per-IP hits and per-key leases.
public actor InMemoryRateLimits: RateLimitCounter {
    private var windows: [RateWindow: Int] = [:]

    public init() {}

    public func hit(_ window: RateWindow) async throws -> Int {
        windows[window, default: 0] += 1
        return windows[window] ?? 1
    }

    public func lease(_ window: RateWindow, wanted: Int, limit: Int) async throws -> Int {
        let before = windows[window, default: 0]
        windows[window] = before + wanted
        return min(wanted, max(0, limit - before))
    }

    public func purge(before cutoff: Date) async throws -> Int {
        let old = windows.keys.filter { $0.start < cutoff }
        for window in old { windows[window] = nil }
        return old.count
    }
}

/// A readiness probe with a fixed answer.
public struct FixedReadiness: ServiceReadiness {
    public var reason: String?

    public init(reason: String? = nil) {
        self.reason = reason
    }

    public func notReadyReason() async -> String? { reason }
}
