import ArgumentParser
import ShipwatchApp

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the storefront API, the customer tracking page, /healthz, /readyz and /metrics.",
        discussion: """
            Prints SHIPWATCH_API_URL=http://HOST:PORT on stdout once listening (logs go to stderr). SIGTERM or SIGINT \
            stops accepting connections, finishes in-flight requests and closes the database pool. Settings: the \
            config's serve: section; --host and --port win.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Address to listen on (default: serve.host, 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on; 0 picks a free one (default: serve.port, 8080).") var port: Int?

    func run() async throws {
        try await runCommand {
            try await ServeAction(context: try global.context()).run(host: host, port: port)
        }
    }
}
