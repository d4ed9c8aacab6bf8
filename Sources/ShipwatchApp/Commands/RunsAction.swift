import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch runs [--limit N]`: the most recent poll runs from the ledger.
public struct RunsAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    public func run(limit: Int, format: OutputFormat) async throws -> String {
        try await context.withDatabase { database in
            let runs = try await PollRunRepository(database: database).recent(limit: max(1, limit))
            switch format {
            case .json:
                return try Formatting.json(runs.map(RunDocument.init))
            case .table, .csv:
                guard !runs.isEmpty else { return "no poll runs yet" }
                var table = TextTable(headers: ["run", "started (UTC)", "took", "status", "owner", "counts", "calls"])
                for run in runs {
                    let took = run.finishedAt.map { String(format: "%.1f s", $0.timeIntervalSince(run.startedAt)) } ?? "running"
                    table.add([String(run.id), Formatting.iso8601(run.startedAt), took, run.status, run.owner,
                               RunDocument.outcomes(run.countsJSON), RunDocument.flat(run.callsUsedJSON)])
                }
                return table.render()
            }
        }
    }
}

/// One run in JSON and text forms.
struct RunDocument: Encodable {
    var id: Int64
    var startedAt: String
    var finishedAt: String?
    var status: String
    var owner: String
    var host: String
    var pid: Int
    var limits: JSONText
    var counts: JSONText
    var callsUsed: JSONText
    var error: String?

    init(_ run: PollRunRecord) {
        id = run.id
        startedAt = Formatting.iso8601(run.startedAt)
        finishedAt = run.finishedAt.map(Formatting.iso8601)
        status = run.status
        owner = run.owner
        host = run.host
        pid = run.pid
        limits = JSONText(text: run.limitsJSON)
        counts = JSONText(text: run.countsJSON)
        callsUsed = JSONText(text: run.callsUsedJSON)
        error = run.error
    }

    enum CodingKeys: String, CodingKey {
        case id, status, owner, host, pid, limits, counts, error
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case callsUsed = "calls_used"
    }

    /// "found 10, not_found 2" from the counts document.
    static func outcomes(_ json: String) -> String {
        guard let data = json.data(using: .utf8),
              let document = try? JSONDecoder().decode(OutcomeCounts.self, from: data)
        else { return "" }
        let byOutcome = document.byOutcome ?? [:]
        return byOutcome.keys.sorted().map { "\($0) \(byOutcome[$0] ?? 0)" }.joined(separator: ", ")
    }

    /// "ups 3, usps 1" from a flat JSON object of numbers.
    static func flat(_ json: String) -> String {
        guard let data = json.data(using: .utf8), let object = try? JSONDecoder().decode([String: Int].self, from: data) else { return "" }
        return object.keys.sorted().map { "\($0) \(object[$0] ?? 0)" }.joined(separator: ", ")
    }
}

/// Embeds stored JSON text as JSON (not as a string).
struct JSONText: Encodable {
    var text: String

    func encode(to encoder: any Encoder) throws {
        let fragment = (try? JSONDecoder().decode(JSONFragment.self, from: Data(text.utf8))) ?? .null
        try fragment.encode(to: encoder)
    }
}

/// The part of a run's counts document the table shows.
struct OutcomeCounts: Decodable {
    var byOutcome: [String: Int]?

    enum CodingKeys: String, CodingKey {
        case byOutcome = "by_outcome"
    }
}
