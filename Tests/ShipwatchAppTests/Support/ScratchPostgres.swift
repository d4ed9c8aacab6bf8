import Foundation
import ShipwatchStore

/// A PostgreSQL server of a test's own (via `scripts/pg`), for tests that stop and restart it: the shared test
/// server must stay up for the other suites.
struct ScratchPostgres {
    let directory: String
    let url: DatabaseURL

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/pg").path
    }

    /// Starts a fresh server in a new directory.
    static func start() async throws -> ScratchPostgres {
        let directory = "/tmp/shipwatch-scratch-pg-\(UInt32.random(in: 0...UInt32.max))"
        let output = try await run(["start", "--dir", directory])
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("DATABASE_URL=") }) else {
            throw HarnessError("scripts/pg start printed no DATABASE_URL: \(output)")
        }
        return ScratchPostgres(directory: directory, url: try DatabaseURL(parsing: String(line.dropFirst("DATABASE_URL=".count))))
    }

    /// Stops the server, keeping its data (open sessions are terminated, as in a restart).
    func pause() async throws { _ = try await Self.run(["pause", "--dir", directory]) }
    /// Starts it again on the same port.
    func resume() async throws { _ = try await Self.run(["resume", "--dir", directory]) }
    /// Stops it and removes its directory.
    func stop() async { _ = try? await Self.run(["stop", "--dir", directory]) }

    /// Runs `scripts/pg arguments…`; returns its standard output, or throws with its standard error.
    private static func run(_ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let (out, err) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let out = output.fileHandleForReading.readDataToEndOfFile()
                let err = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (out, err))
            }
        }
        guard process.terminationStatus == 0 else {
            throw HarnessError("scripts/pg \(arguments.joined(separator: " ")) failed: \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
