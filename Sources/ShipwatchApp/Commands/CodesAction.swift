import CarrierCatalog
import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch codes …`: the carrier codes the status tables do not know (kept as milestone `unknown`), and ops'
/// overrides that map a code onto a milestone for the scans polled from then on.
public struct CodesAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Unknown codes seen in stored scans, most frequent first, that have no override yet.
    public func unmapped(limit: Int, format: OutputFormat) async throws -> String {
        try await context.withDatabase { database in
            let codes = try await CarrierCodeOverrideRepository(database: database).unmappedCodes(limit: max(1, limit))
            if format == .json {
                return try Formatting.json(codes.map {
                    ["carrier": $0.carrier.rawValue, "code": $0.code, "description": $0.sampleDescription,
                     "occurrences": String($0.occurrences), "shipments": String($0.shipments),
                     "last_seen_at": Formatting.iso8601($0.lastSeenAt)]
                })
            }
            guard !codes.isEmpty else { return "no unmapped carrier codes" }
            var table = TextTable(headers: ["carrier", "code", "scans", "shipments", "last seen (UTC)", "sample description"])
            for code in codes {
                table.add([code.carrier.rawValue, code.code, String(code.occurrences), String(code.shipments),
                           Formatting.iso8601(code.lastSeenAt), code.sampleDescription])
            }
            return table.render()
        }
    }

    /// The overrides in force.
    public func overrides() async throws -> String {
        try await context.withDatabase { database in
            let overrides = try await CarrierCodeOverrideRepository(database: database).list()
            guard !overrides.isEmpty else { return "no carrier code overrides" }
            var table = TextTable(headers: ["carrier", "code", "milestone", "note"])
            for item in overrides { table.add([item.carrier.rawValue, item.code, item.milestone.rawValue, item.note ?? ""]) }
            return table.render()
        }
    }

    /// Maps `code` of `carrier` onto `milestone` for scans polled from now on.
    public func setOverride(carrier carrierName: String, code: String, milestone milestoneName: String, note: String?) async throws -> String {
        guard let carrier = CarrierCatalog.roster.carrier(named: carrierName) else {
            throw ShipwatchFailure.unknownCarrier(carrierName, context: "")
        }
        guard let milestone = Milestone(rawValue: milestoneName) else {
            throw ShipwatchFailure.unknownName(
                kind: "milestone", name: milestoneName, expected: Milestone.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ShipwatchFailure.rejectedInput("the code is empty") }
        return try await context.withDatabase { database in
            try await CarrierCodeOverrideRepository(database: database)
                .set(CarrierCodeOverride(carrier: carrier, code: trimmed, milestone: milestone, note: note))
            return "\(CarrierCatalog.roster.displayName(of: carrier)) code \(trimmed) now maps to \(milestone.rawValue) for scans polled from now on"
        }
    }

    /// Removes an override.
    public func removeOverride(carrier carrierName: String, code: String) async throws -> String {
        guard let carrier = CarrierCatalog.roster.carrier(named: carrierName) else {
            throw ShipwatchFailure.unknownCarrier(carrierName, context: "")
        }
        return try await context.withDatabase { database in
            let removed = try await CarrierCodeOverrideRepository(database: database).delete(carrier: carrier, code: code)
            guard removed else { throw ShipwatchFailure.noSuchOverride(carrier, code: code) }
            return "removed the override of \(CarrierCatalog.roster.displayName(of: carrier)) code \(code)"
        }
    }
}
