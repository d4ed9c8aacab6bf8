import Hummingbird
import Logging

/// The Hummingbird application of `shipwatch serve`; it is a swift-service-lifecycle `Service`, so a
/// `ServiceGroup` stops it gracefully (stop accepting, finish in-flight requests).
public enum APIServer {
    /// - Parameters:
    ///   - port: 0 picks a free port; `onListening` receives the bound one.
    public static func makeApplication(
        dependencies: APIDependencies,
        templates: PageTemplates,
        host: String,
        port: Int,
        logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        Application(
            router: APIRouter.build(dependencies: dependencies, templates: templates),
            configuration: .init(address: .hostname(host, port: port), serverName: "shipwatch"),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.port ?? port)
            },
            logger: logger
        )
    }
}
