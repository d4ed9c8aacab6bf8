import Foundation
import ShipwatchCore
import Yams

/// Reads, checks and completes the configuration.
public enum ConfigLoader {
    /// Loads `path` (or the defaults when nil), rejects unknown keys, wrong types and impossible values
    /// with the key path named, then applies `environment`.
    public static func load(path: String?, environment: [String: String]) throws(ConfigError) -> AppConfig {
        var config: AppConfig
        if let path {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw .unreadable(path: path, reason: error.localizedDescription)
            }
            config = try parse(yaml: text, path: path)
        } else {
            config = AppConfig()
        }
        config.applyEnvironment(environment)
        let problems = config.problems()
        guard problems.isEmpty else { throw .invalidValues(path: path ?? "(defaults)", problems: problems) }
        return config
    }

    /// Parses YAML text into a config, strictly.
    public static func parse(yaml text: String, path: String) throws(ConfigError) -> AppConfig {
        guard try !isEmptyDocument(text, path: path) else { return AppConfig() }
        let tree: JSONFragment
        do {
            let decoded = try YAMLDecoder().decode(JSONFragment?.self, from: text)
            tree = decoded ?? .object([:])
        } catch {
            throw .syntax(path: path, reason: String(describing: error))
        }
        guard case .object = tree else {
            throw .wrongType(path: path, keyPath: "", reason: "the file must be a mapping of keys to values")
        }
        let config: AppConfig
        do {
            config = try YAMLDecoder().decode(AppConfig.self, from: text)
        } catch let error as DecodingError {
            throw describe(error, path: path)
        } catch {
            throw .syntax(path: path, reason: String(describing: error))
        }
        let known: JSONFragment
        do {
            known = try StrictKeys.tree(of: config)
        } catch {
            throw .syntax(path: path, reason: "cannot re-encode the configuration: \(error)")
        }
        let unknown = StrictKeys.unknownKeys(input: tree, known: known)
        guard unknown.isEmpty else { throw .unknownKeys(path: path, keys: unknown) }
        return config
    }

    /// True for a file that configures nothing: empty, comments only, a bare `---`, or a lone `null`.
    ///
    /// Yams hands such a document to the decoder as the quoted-style text "" rather than as null, which
    /// would read as "not a mapping"; every key of an empty configuration takes its default instead.
    static func isEmptyDocument(_ text: String, path: String) throws(ConfigError) -> Bool {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .syntax(path: path, reason: String(describing: error))
        }
        guard let root else { return true }
        return root.null != nil
    }

    static func describe(_ error: DecodingError, path: String) -> ConfigError {
        func keyPath(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .wrongType(path: path, keyPath: keyPath(context.codingPath), reason: "expected \(type)")
        case .valueNotFound(let type, let context):
            return .wrongType(path: path, keyPath: keyPath(context.codingPath), reason: "expected \(type), found nothing")
        case .keyNotFound(let key, let context):
            return .wrongType(path: path, keyPath: keyPath(context.codingPath + [key]), reason: "required key is missing")
        case .dataCorrupted(let context):
            return .wrongType(path: path, keyPath: keyPath(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .syntax(path: path, reason: String(describing: error))
        }
    }
}
