import Foundation
import ShipwatchCore
import ShipwatchStore

/// One-line explanations and exit codes for errors that reach the command line.
public enum ShipwatchErrors {
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let failure as ShipwatchFailure: failure.description
        case let error as ConfigError: error.description
        case let error as DatabaseURLError: "DATABASE_URL: \(error)"
        case let error as MigrationError: error.description
        case let error as CarrierError: error.description
        default: Database.describe(error)
        }
    }

    /// 2 for what the operator must see (configuration, database), 1 otherwise.
    public static func exitCode(_ error: any Error) -> Int32 {
        switch error {
        case let failure as ShipwatchFailure: failure.exitCode
        case is ConfigError, is DatabaseURLError, is MigrationError: 2
        case is CarrierError: 1
        default: 2
        }
    }
}
