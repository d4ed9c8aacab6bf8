import CarrierCatalog
import ShipwatchCore

/// A command failure, one case per kind of problem, with the exit code the CLI uses and a one-line reason that
/// names what was wrong and where.
public enum ShipwatchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    // Exit 1: the command could not do what was asked.
    /// A flag's value is unusable (`--limit 0`, `--since yesterday`).
    case invalidOption(option: String, reason: String)
    /// A carrier name that names no carrier on the roster.
    case unknownCarrier(String, context: String)
    /// A name outside a closed list (a milestone, a remedy status, a scenario).
    case unknownName(kind: String, name: String, expected: String)
    /// A store key the configuration does not declare.
    case unknownStore(String)
    /// The carrier is disabled in the configuration.
    case carrierDisabled(Carrier, configSource: String)
    /// The carrier answered about a number, but not usably (invalid number, unreadable answer, failure).
    case carrierAnswer(Carrier, trackingNumber: String, reason: String)
    /// A file could not be read or written.
    case fileAccess(path: String, reason: String)
    /// Input the command refused (a row, a remedy decision, an empty code), with the reason.
    case rejectedInput(String)
    /// No carrier-code override to remove.
    case noSuchOverride(Carrier, code: String)

    // Exit 2: the operator must look.
    /// Migrations are pending.
    case schemaNotCurrent(pendingMigrations: Int)
    /// A bound of a poll run is unusable (`--max-duration inf`, above the lease).
    case invalidRunBound(option: String, reason: String)
    /// Every carrier is disabled, so a poll has nothing to do.
    case everyCarrierDisabled(configSource: String)
    /// The poll run was cancelled before it could record its outcome.
    case runCancelled
    /// The database went away during the work and did not come back within the retries.
    case databaseUnavailable(String)

    // Exit 3: the carrier or the store does not know the number.
    /// Nobody knows this tracking number.
    case trackingNumberUnknown(String)

    public var description: String {
        switch self {
        case .invalidOption(let option, let reason): "\(option): \(reason)"
        case .unknownCarrier(let name, let context): "\(context)unknown carrier '\(name)' (expected \(CarrierCatalog.roster.namesInWords))"
        case .unknownName(let kind, let name, let expected): "unknown \(kind) '\(name)' (expected one of \(expected))"
        case .unknownStore(let key): "unknown store '\(key)'"
        case .carrierDisabled(let carrier, let source): "\(CarrierCatalog.roster.displayName(of: carrier)) is disabled in \(source)"
        case .carrierAnswer(let carrier, let number, let reason): "\(CarrierCatalog.roster.displayName(of: carrier)), \(number): \(reason)"
        case .fileAccess(let path, let reason): "\(path): \(reason)"
        case .rejectedInput(let reason): reason
        case .noSuchOverride(let carrier, let code): "no override for \(CarrierCatalog.roster.displayName(of: carrier)) code \(code)"
        case .schemaNotCurrent(let pending):
            "the database schema is not current (\(pending) migration(s) pending): run `shipwatch migrate`"
        case .invalidRunBound(let option, let reason): "\(option): \(reason)"
        case .everyCarrierDisabled(let source): "every carrier is disabled in \(source)"
        case .runCancelled: "the poll run was cancelled before it could record its outcome"
        case .databaseUnavailable(let reason): reason
        case .trackingNumberUnknown(let reason): reason
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .invalidOption, .unknownCarrier, .unknownName, .unknownStore, .carrierDisabled, .carrierAnswer, .fileAccess,
             .rejectedInput, .noSuchOverride:
            1
        case .schemaNotCurrent, .invalidRunBound, .everyCarrierDisabled, .runCancelled, .databaseUnavailable:
            2
        case .trackingNumberUnknown:
            3
        }
    }
}
