/// What a key may do: `storefront` keys read and register one store's shipments; `ops` keys open the ops
/// dashboard.
public enum APIKeyScope: String, Sendable, Hashable, Codable, CaseIterable {
    case storefront
    case ops
}
