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
        // Blocking reads run on Dispatch threads, never on the cooperative pool: the simulator serving the child
        // process lives in this test process and needs those threads.
        async let out = Self.readToEnd(output.fileHandleForReading)
        async let err = Self.readToEnd(errors.fileHandleForReading)
        let (outputData, errorData) = await (out, err)
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    private static func readToEnd(_ handle: FileHandle) async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: handle.readDataToEndOfFile()) }
        }
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
