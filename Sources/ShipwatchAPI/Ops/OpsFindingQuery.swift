import Foundation
import Hummingbird
import ShipwatchCore

/// The findings filter as URL query parameters: `store`, `carrier`, `rule`, `severity`, `stage`, `min_days`,
/// `sort`, `after` (the page cursor), shared by the page, its exports and `/v1/ops/findings`.
enum OpsFindingQuery {
    /// A parameter whose value is not one the filter knows.
    struct BadParameter: Error, CustomStringConvertible {
        var name: String
        var value: String
        var expected: String

        var description: String { "The filter '\(name)' cannot be '\(value)': expected \(expected)." }
    }

    /// `roster`: the carriers a `carrier` parameter may name.
    static func filter(_ parameters: Parameters, scope: OpsStoreScope, pageSize: Int, roster: CarrierRoster) throws -> OpsFindingFilter {
        func value(_ name: String) -> String? {
            guard let text = parameters.get(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        var filter = OpsFindingFilter(scope: scope, limit: pageSize)
        filter.store = value("store")
        if let text = value("carrier") {
            guard let carrier = roster.carrier(named: text) else {
                throw BadParameter(name: "carrier", value: text, expected: roster.carriers.map(\.rawValue).joined(separator: ", "))
            }
            filter.carrier = carrier
        }
        if let text = value("rule") {
            guard let rule = RuleID(rawValue: text) else {
                throw BadParameter(name: "rule", value: text, expected: RuleID.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter.rule = rule
        }
        if let text = value("severity") {
            guard let severity = Severity(rawValue: text) else { throw BadParameter(name: "severity", value: text, expected: "act or watch") }
            filter.severity = severity
        }
        if let text = value("stage") {
            guard let stage = Milestone(rawValue: text) else {
                throw BadParameter(name: "stage", value: text, expected: "a milestone such as customs_held")
            }
            filter.stage = stage
        }
        if let text = value("min_days") {
            guard let days = Int(text), (0...3_650).contains(days) else {
                throw BadParameter(name: "min_days", value: text, expected: "a whole number of days from 0 to 3650")
            }
            filter.minDaysSilent = days
        }
        if let text = value("sort") {
            guard let sort = OpsFindingSort(rawValue: text) else {
                throw BadParameter(name: "sort", value: text, expected: OpsFindingSort.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter.sort = sort
        }
        if let text = value("after") {
            guard let cursor = OpsFindingCursor(text: text) else {
                throw BadParameter(name: "after", value: text, expected: "a cursor from a next-page link")
            }
            filter.after = cursor
        }
        return filter
    }

    /// The filter as a query string (without `?`); the cursor `after` when given, else the filter's own when
    /// `includeCursor`.
    static func text(_ filter: OpsFindingFilter, after: OpsFindingCursor? = nil, includeCursor: Bool = false) -> String {
        var pairs: [(String, String)] = []
        if let store = filter.store { pairs.append(("store", store)) }
        if let carrier = filter.carrier { pairs.append(("carrier", carrier.rawValue)) }
        if let rule = filter.rule { pairs.append(("rule", rule.rawValue)) }
        if let severity = filter.severity { pairs.append(("severity", severity.rawValue)) }
        if let stage = filter.stage { pairs.append(("stage", stage.rawValue)) }
        if let days = filter.minDaysSilent { pairs.append(("min_days", String(days))) }
        if filter.sort != .longestSilence { pairs.append(("sort", filter.sort.rawValue)) }
        if let cursor = after ?? (includeCursor ? filter.after : nil) { pairs.append(("after", cursor.text)) }
        return pairs.map { PathEncoding.segment($0.0) + "=" + PathEncoding.segment($0.1) }.joined(separator: "&")
    }
}
