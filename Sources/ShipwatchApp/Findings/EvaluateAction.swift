import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch evaluate [--since T]`: runs the rules over the active shipments and reconciles the findings.
public struct EvaluateAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// `since`: an ISO 8601 date or date-time (with offset); only shipments updated since then are evaluated.
    public func run(since: String?, now: Date = Date()) async throws -> EvaluationSummary {
        let sinceDate = try since.map(EvaluateAction.parseInstant)
        return try await context.withDatabase { database in
            try await FindingsEvaluator(context: context, database: database).evaluateActive(since: sinceDate, now: now)
        }
    }

    static func parseInstant(_ text: String) throws -> Date {
        switch ISODateParsing.parse(text) {
        case .success(let date): return date
        case .failure(let message): throw ShipwatchFailure.invalidOption(option: "--since", reason: message.text)
        }
    }
}
