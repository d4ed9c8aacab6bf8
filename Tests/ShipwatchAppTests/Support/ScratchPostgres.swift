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
    ///
    /// A start that fails is tried once more in another directory: on a machine running the whole suite in
    /// parallel, one `scripts/pg start` in a CI run ended without a word on its standard error, and a server the
    /// test could not get is not what the test is about. The first failure is still printed.
    static func start() async throws -> ScratchPostgres {
        do {
            return try await startOnce()
        } catch {
            FileHandle.standardError.write(Data("ScratchPostgres: first start failed, trying again: \(error)\n".utf8))
            return try await startOnce()
        }
    }

    private static func startOnce() async throws -> ScratchPostgres {
        let directory = "/tmp/shipwatch-scratch-pg-\(UInt32.random(in: 0...UInt32.max))"
        let output: String
        do {
            output = try await run(["start", "--dir", directory])
        } catch {
            // Whatever the failed start left behind (a data directory, perhaps a server) goes with it.
            _ = try? await run(["stop", "--dir", directory])
            throw error
        }
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
    ///
    /// The outputs go to files, not pipes: the server it starts inherits them and would hold a pipe open forever.
    private static func run(_ arguments: [String]) async throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-pg-\(UUID().uuidString)")
        let outPath = base.path + ".out", errPath = base.path + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        // Every inherited descriptor above 2 is closed first: Foundation learns that a child exited when a socket
        // it shares with the child closes, and the server started here would otherwise keep it open for ever.
        process.arguments = [
            "-c", #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec /bin/bash "$0" "$@""#,
            script,
        ] + arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        // Polled rather than waitUntilExit(), which on Linux waits on a run loop nobody drives here.
        while process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            let ending = process.terminationReason == .uncaughtSignal ? "signal" : "status"
            throw HarnessError("scripts/pg \(arguments.joined(separator: " ")) failed (\(ending) \(process.terminationStatus)): \(err)\(out.isEmpty ? "" : " [stdout: \(out)]")")
        }
        return out
    }
}
