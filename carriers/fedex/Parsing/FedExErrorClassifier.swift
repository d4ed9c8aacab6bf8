import Foundation
import ShipwatchCore

/// Turns FedEx error codes into typed failures: per number (inside an HTTP 200) or for the whole request.
enum FedExErrorClassifier {
    /// The outcome for a number whose only track result is `error{code, message}`.
    static func outcome(for error: FedExAPIError) -> TrackingOutcome {
        switch kind(of: error.code) {
        case .notFound: .notFound(detail: error.summary)
        case .invalidNumber: .invalidNumber(detail: error.summary)
        case .unauthorized, .other: .malformed(detail: "FedEx error for this number: \(error.summary)")
        }
    }

    /// The failure of a whole tracking request answered with a non-2xx status (or a 200 carrying only `errors`).
    static func requestFailure(_ response: WireResponse, errors: [FedExAPIError]? = nil) -> CarrierError {
        let errors = errors ?? errorEntries(in: response)
        let detail = detail(errors, body: response.body)
        if response.status == 429 { return .rateLimited(retryAfter: retryAfter(response)) }
        if errors.contains(where: { kind(of: $0.code) == .unauthorized }) {
            return .unauthorized(detail: "HTTP \(response.status): \(detail)")
        }
        if let classified = CarrierError.classify(status: response.status, retryAfter: retryAfter(response), detail: detail) {
            return classified
        }
        return .malformedPayload(detail: "FedEx answer without results: \(detail)")
    }

    /// The failure of a token request: any 4xx other than 429 means the credentials were refused.
    static func tokenFailure(_ response: WireResponse) -> CarrierError {
        let detail = detail(errorEntries(in: response), body: response.body)
        switch response.status {
        case 429: return .rateLimited(retryAfter: retryAfter(response))
        case 400..<500 where response.status != 408: return .unauthorized(detail: "FedEx token refused (HTTP \(response.status)): \(detail)")
        default:
            return CarrierError.classify(status: response.status, retryAfter: retryAfter(response), detail: detail)
                ?? .malformedPayload(detail: "FedEx token answer: \(detail)")
        }
    }

    /// When a whole-request 400/404 is about the numbers themselves (a `TRACKING.…` invalid or not-found code),
    /// the per-number outcome it implies; nil when the errors are about something else (a bare
    /// `NOT.FOUND.ERROR` names a missing resource, not an unknown number).
    static func numberOutcome(of response: WireResponse) -> TrackingOutcome? {
        guard response.status == 400 || response.status == 404 else { return nil }
        let errors = errorEntries(in: response)
        guard let first = errors.first else { return nil }
        switch kind(of: first.code) {
        case .notFound:
            return .notFound(detail: first.summary)
        case .invalidNumber:
            return .invalidNumber(detail: first.summary)
        default:
            return nil
        }
    }

    /// A whole-request refusal about tracking numbers, read per number: the numbers named in the errors'
    /// messages get the outcome the error code implies.
    static func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection? {
        guard response.status == 400 || response.status == 404 else { return nil }
        let errors = errorEntries(in: response)
        var named: [String: TrackingOutcome] = [:]
        var aboutNumbers = false
        for error in errors {
            let outcome: TrackingOutcome
            switch kind(of: error.code) {
            case .notFound: outcome = .notFound(detail: error.summary)
            case .invalidNumber: outcome = .invalidNumber(detail: error.summary)
            case .unauthorized, .other: continue
            }
            aboutNumbers = true
            for number in BatchRejection.numbersNamed(in: [error.message ?? ""], requested: requested) where named[number] == nil {
                named[number] = outcome
            }
        }
        guard aboutNumbers else { return nil }
        return BatchRejection(named: named, detail: detail(errors, body: response.body))
    }

    /// Seconds from a numeric `Retry-After` header.
    static func retryAfter(_ response: WireResponse) -> Double? {
        guard let text = response.header("Retry-After")?.trimmingSpaces(),
              let seconds = Double(text), seconds.isFinite, seconds >= 0
        else { return nil }
        return min(seconds, 86_400)
    }

    /// The kinds of FedEx error codes we tell apart.
    enum Kind: Equatable {
        case notFound, invalidNumber, unauthorized, other
    }

    /// Classifies a dotted FedEx error code.
    static func kind(of code: String?) -> Kind {
        let code = (code ?? "").uppercased()
        if code.hasPrefix("NOT.AUTHORIZED") || code.hasPrefix("FORBIDDEN") || code.contains("UNAUTHORIZED") { return .unauthorized }
        if code.hasPrefix("TRACKING.") || code.hasPrefix("TRACKINGNUMBER.") {
            if code.contains("NOTFOUND") || code.contains("NOT.FOUND") { return .notFound }
            if code.contains("INVALID") || code.contains("EMPTY") || code.contains("LENGTH") { return .invalidNumber }
        }
        return .other
    }

    private static func errorEntries(in response: WireResponse) -> [FedExAPIError] {
        (try? FedExJSON.decode(FedExErrorResponse.self, from: response.body))?.errors ?? []
    }

    private static func detail(_ errors: [FedExAPIError], body: [UInt8]) -> String {
        let summaries = errors.map(\.summary).filter { !$0.isEmpty }
        return summaries.isEmpty ? FedExJSON.excerpt(body) : summaries.joined(separator: "; ")
    }
}
