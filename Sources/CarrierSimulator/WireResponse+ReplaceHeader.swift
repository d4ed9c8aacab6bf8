import ShipwatchCore

extension WireResponse {
    /// Sets a header, dropping every field of that name already there (some carriers' error renderings
    /// carry their own `Retry-After`; a client reads the first one, so the fault's value must replace it).
    mutating func replaceHeader(_ name: String, with value: String) {
        let key = name.lowercased()
        headers.removeAll { $0.name.lowercased() == key }
        headers.append(WireField(name, value))
    }
}
