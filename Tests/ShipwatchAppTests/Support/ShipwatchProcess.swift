import Foundation

/// Runs the built `shipwatch` executable as a separate process, as cron would.
struct ShipwatchProcess {
    let process: Process
    let output: Pipe
    let errors: Pipe

    /// The `shipwatch` binary next to the test bundle (same build folder).
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shipwatch")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/shipwatch")
    }

    /// Starts `shipwatch arguments…` with `environment` added to a minimal one.
    static func start(_ arguments: [String], environment: [String: String]) throws -> ShipwatchProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { _, new in new }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return ShipwatchProcess(process: process, output: output, errors: errors)
    }

    /// Waits for the process; returns its exit status and both outputs.
    func finish() async -> (status: Int32, stdout: String, stderr: String) {
        let outputData = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }
        let errorData = Task.detached { errors.fileHandleForReading.readDataToEndOfFile() }
        let out = await outputData.value
        let err = await errorData.value
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// SIGKILL: no chance to clean up.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Runs to completion.
    static func run(_ arguments: [String], environment: [String: String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await start(arguments, environment: environment).finish()
    }
}
