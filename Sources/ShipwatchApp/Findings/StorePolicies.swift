import ShipwatchCore
import ShipwatchStore

/// The policy of each configured store, and `StorePolicy.default` for a store the configuration does not declare.
struct StorePolicies: Sendable {
    private let byStore: [String: StorePolicy]

    init(config: AppConfig) {
        byStore = config.stores.mapValues(\.policy)
    }

    /// The policy the rules apply to a shipment of `store`.
    func policy(for store: String) -> StorePolicy {
        byStore[store] ?? .default
    }

    /// The candidate query's cutoffs over every configured policy, and the default one when some stored store
    /// is not configured (`storedStores`: the keys of the `stores` table).
    func cutoffs(storedStores: [String]) -> CandidateCutoffs {
        var policies = Array(byStore.values)
        if storedStores.contains(where: { byStore[$0] == nil }) { policies.append(.default) }
        return CandidateCutoffs(policies: policies)
    }
}
