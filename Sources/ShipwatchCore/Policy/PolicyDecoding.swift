/// A policy section that decodes over defaults: a key the document leaves out (or sets to null)
/// keeps the default's value, so a partial YAML file is a complete policy.
protocol DefaultingDecodable: Decodable {
    associatedtype CodingKeys: CodingKey
    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: Self) throws
}

extension KeyedDecodingContainer {
    /// A nested section, decoded over `defaults`.
    func decode<Section: DefaultingDecodable>(_ key: Key, over defaults: Section) throws -> Section {
        guard contains(key), try !decodeNil(forKey: key) else { return defaults }
        return try Section(from: nestedContainer(keyedBy: Section.CodingKeys.self, forKey: key), defaults: defaults)
    }

    /// A plain value; missing or null keeps `defaults`.
    func decode<Value: Decodable>(_ key: Key, over defaults: Value) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? defaults
    }

    /// An optional value: missing keeps `defaults`, an explicit null clears it.
    func decodeOptional<Value: Decodable>(_ key: Key, over defaults: Value?) throws -> Value? {
        guard contains(key) else { return defaults }
        return try decodeIfPresent(Value.self, forKey: key)
    }
}

/// Checks shared by the policy sections' `problems(at:)`.
enum PolicyChecks {
    static func nonNegative(_ value: Int, _ keyPath: String) -> [PolicyProblem] {
        value < 0 ? [PolicyProblem(keyPath: keyPath, message: "must not be negative (found \(value))")] : []
    }

    static func nonNegative(_ value: Double, _ keyPath: String) -> [PolicyProblem] {
        guard value.isFinite else { return [PolicyProblem(keyPath: keyPath, message: "must be a finite number")] }
        return value < 0 ? [PolicyProblem(keyPath: keyPath, message: "must not be negative (found \(value))")] : []
    }

    static func notBelow<Value: Comparable>(
        _ value: Value, _ keyPath: String, _ floor: Value, _ floorKey: String
    ) -> [PolicyProblem] {
        value < floor ? [PolicyProblem(keyPath: keyPath, message: "must not be below \(floorKey) (\(value) < \(floor))")] : []
    }
}
