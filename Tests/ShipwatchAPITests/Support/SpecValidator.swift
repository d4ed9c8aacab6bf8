import Foundation
import HTTPTypes
import ShipwatchAPI

/// Reads the committed OpenAPI document and checks JSON bodies against its schemas: the subset of JSON Schema the
/// document uses (`$ref`, `type` with null, `required`, `properties`, `additionalProperties: false`, `items`,
/// `enum`, `oneOf`, `pattern`).
struct SpecValidator {
    let document: [String: Any]

    init() throws {
        document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any] ?? [:]
    }

    var paths: [String: [String: Any]] {
        (document["paths"] as? [String: [String: Any]]) ?? [:]
    }

    /// "GET /v1/trackings/{tracking_number}" for every operation of the document.
    var operations: Set<String> {
        var result: Set<String> = []
        for (path, item) in paths {
            for method in item.keys { result.insert("\(method.uppercased()) \(path)") }
        }
        return result
    }

    /// The schema of one documented response, or nil when the document does not list that status/content type.
    func responseSchema(method: String, path: String, status: Int, contentType: String) -> [String: Any]?? {
        guard let operation = paths[path]?[method.lowercased()] as? [String: Any],
              let responses = operation["responses"] as? [String: Any],
              var response = responses[String(status)] as? [String: Any]
        else { return nil }
        if let ref = response["$ref"] as? String { response = resolve(ref) }
        guard let content = response["content"] as? [String: Any] else { return .some(nil) }
        guard let media = content[contentType] as? [String: Any] else { return nil }
        return .some(media["schema"] as? [String: Any])
    }

    /// Every mismatch between `value` and `schema`, as "path: reason".
    func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var schema = schema
        if let ref = schema["$ref"] as? String { schema = resolve(ref) }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { violations(of: value, against: $0, at: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of oneOf"]
        }
        var problems: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
           !types.contains(where: { Self.value(value, is: $0) }) {
            return ["\(path): \(type(of: value)) is not \(types)"]
        }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            problems.append("\(path): '\(text)' not in enum")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for required in schema["required"] as? [String] ?? [] where object[required] == nil {
                problems.append("\(path): missing \(required)")
            }
            for (key, member) in object {
                if let propertySchema = properties[key] {
                    problems += violations(of: member, against: propertySchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                problems += violations(of: item, against: items, at: "\(path)[\(index)]")
            }
        }
        return problems
    }

    private func resolve(_ ref: String) -> [String: Any] {
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return node as? [String: Any] ?? [:]
    }

    private static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": value is NSNull
        case "string": value is String
        case "integer": value as? Int != nil
        case "array": value is [Any]
        case "object": value is [String: Any]
        case "boolean": value is Bool
        default: true
        }
    }
}
