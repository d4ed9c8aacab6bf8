import Foundation
import ShipwatchCore

/// Reads UPS error bodies (`{"response":{"errors":[{"code","message"}]}}`) into typed outcomes.
enum UPSErrorInterpreter {
    /// What an error answer means for the request.
    enum Meaning: Equatable {
        /// Every requested number gets this outcome (invalid number, not found).
        case perNumber(TrackingOutcome)
        /// The whole request failed.
        case failure(CarrierError)
    }

    /// UPS's "invalid inquiry number" code.
    static let invalidNumberCode = "TV1002"
    /// UPS's "tracking information not found" code.
    static let notFoundCode = "TW0001"
    /// UPS's "too many requests" code.
    static let rateLimitCode = "10429"

    /// The errors of a body, empty when it is not UPS's error format.
    static func errors(in body: [UInt8]) -> [UPSMessage] {
        guard !body.isEmpty, let decoded = try? JSONDecoder().decode(UPSErrorResponse.self, from: Data(body)) else { return [] }
        return decoded.errors
    }

    /// Interprets a non-2xx answer (or a 2xx whose body is an error list).
    static func interpret(status: Int, headers: [WireField], errors: [UPSMessage], body: [UInt8]) -> Meaning {
        let codes = Set(errors.compactMap { $0.code?.trimmingSpaces().uppercased() })
        let detail = errors.isEmpty ? bodyExcerpt(body) : errors.map(\.summary).joined(separator: "; ")
        let retryAfter = retryAfterSeconds(headers)
        if status == 429 || codes.contains(rateLimitCode) {
            return .failure(.rateLimited(retryAfter: retryAfter))
        }
        if codes.contains(invalidNumberCode) {
            return .perNumber(.invalidNumber(detail: detail))
        }
        if codes.contains(notFoundCode) || status == 404 {
            return .perNumber(.notFound(detail: detail))
        }
        if status == 401 || status == 403 || codes.contains(where: isCredentialCode) {
            return .failure(.unauthorized(detail: "HTTP \(status): \(detail)"))
        }
        if let error = CarrierError.classify(status: status, retryAfter: retryAfter, detail: detail) {
            return .failure(error)
        }
        return .failure(.malformedPayload(detail: "HTTP \(status) with an error body: \(detail)"))
    }

    /// Credential and access-license codes (250002 "Invalid Authentication Information", 250003 "Invalid Access License number"…).
    private static func isCredentialCode(_ code: String) -> Bool {
        code.hasPrefix("2500") && code.count == 6
    }

    /// `Retry-After` in seconds, when it holds a number.
    static func retryAfterSeconds(_ headers: [WireField]) -> Double? {
        guard let value = headers.first(where: { $0.name.lowercased() == "retry-after" })?.value,
              let seconds = Double(value.trimmingSpaces()), seconds.isFinite, seconds >= 0
        else { return nil }
        return min(seconds, 86_400)
    }

    /// The start of a body that is not UPS's error format, for details.
    static func bodyExcerpt(_ body: [UInt8]) -> String {
        if body.isEmpty { return "empty body" }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return body.count > 200 ? text + "…" : text
    }
}
