import Foundation
import AsyncHTTPClient
import ShipwatchCore

/// Maps what AsyncHTTPClient and SwiftNIO throw onto `CarrierError`.
enum TransportErrorMapping {
    static func carrierError(for error: any Error, timeout: Duration) -> CarrierError {
        if let carrierError = error as? CarrierError { return carrierError }
        let deadline = "deadline exceeded after \(formatted(timeout.seconds)) s"
        if error is DeadlineExceeded { return .transient(detail: deadline) }
        if error is CancellationError { return .transient(detail: "request cancelled") }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .transient(detail: deadline)
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
                return .transient(detail: "\(deadline) (connecting: \(clientError))")
            case .invalidURL, .emptyHost, .emptyScheme:
                return .malformedPayload(detail: "invalid request URL: \(clientError)")
            default:
                return .transient(detail: "HTTP client: \(clientError)")
            }
        }
        return .transient(detail: "connection: \(error)")
    }

    private static func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.3g", seconds)
    }
}
