import ArgumentParser
import Foundation
import ShipwatchApp

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "YAML config file (default: $SHIPWATCH_CONFIG, else built-in defaults).")
    var config: String?

    @Option(name: .long, help: "PostgreSQL URL (default: $DATABASE_URL or the config's database_url).")
    var databaseURL: String?

    @Option(name: .long, help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    func context() throws -> ShipwatchContext {
        do {
            return try ShipwatchContext.make(configPath: config, databaseURL: databaseURL, logLevel: logLevel)
        } catch {
            throw CommandFailure(message: error.description, code: 2)
        }
    }
}

/// Runs an action and turns its failures into a one-line reason on stderr and the documented exit code.
func runAction(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let failure as CommandFailure {
        throw failure
    } catch let failure as ShipwatchFailure {
        throw CommandFailure(message: failure.description, code: failure.exitCode)
    } catch let error as ConfigError {
        throw CommandFailure(message: error.description, code: 2)
    } catch {
        throw CommandFailure(message: ShipwatchErrors.describe(error), code: ShipwatchErrors.exitCode(error))
    }
}

/// A failure already explained: prints `error: …` and exits with `code`.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    var description: String { message }
}

extension CommandFailure {
    func exit() -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(code)
    }
}

/// Prints `text` on stdout when it is not empty.
func emit(_ text: String) {
    guard !text.isEmpty else { return }
    print(text)
}
