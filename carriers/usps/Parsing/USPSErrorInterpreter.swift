import Foundation
import ShipwatchCore

/// Reads USPS error answers: the API envelope (`error.message`, `error.errors[]`) and the OAuth format
/// (`error`, `error_description`), and decides whole-request failures versus per-number outcomes.
enum USPSErrorInterpreter {
    /// USPS's error number for "no tracking data (yet)" answers.
    static let notAvailableErrorCode = "150001"

    /// The failure of the whole request for statuses that always mean one (401, 403, 408, 429, 5xx),
    /// with the carrier's own message as detail; `nil` for other statuses.
    static func wholeRequestFailure(_ response: WireResponse) -> CarrierError? {
        switch response.status {
        case 401, 403, 408, 429, 500..<600:
            return CarrierError.classify(status: response.status, retryAfter: retryAfter(response), detail: detail(of: response.body))
        default:
            return nil
        }
    }

    /// `Retry-After` in seconds, when the header holds a number.
    static func retryAfter(_ response: WireResponse) -> Double? {
        guard let value = response.header("Retry-After"), let seconds = Double(value.trimmingSpaces()),
              seconds.isFinite, seconds >= 0
        else { return nil }
        return min(seconds, 86_400)  // a day at most
    }

    /// The most useful human text of an error body, whatever its format; a short prefix of the body otherwise.
    static func detail(of body: [UInt8]) -> String {
        let decoder = JSONDecoder()
        let data = Data(body)
        if let envelope = try? decoder.decode(USPSErrorResponse.self, from: data), let text = envelope.error?.bestText {
            return text
        }
        if let oauth = try? decoder.decode(USPSOAuthErrorResponse.self, from: data), let code = oauth.error {
            return [code, oauth.errorDescription].compactMap { $0 }.joined(separator: ": ")
        }
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingWhitespaceAndNewlines()
        return text.isEmpty ? "empty body" : text
    }

    /// What a USPS error says about one number: `notFound` for "not (yet) available / not found" answers
    /// (HTTP or element status 404, error 150001, or that wording), `invalidNumber` for "invalid number"
    /// wording, `nil` when the error is about something else.
    static func numberOutcome(status: String?, error: USPSErrorDetail?) -> TrackingOutcome? {
        let text = error?.bestText ?? "no detail"
        let wording = text.lowercased()
        let codes = [status, error?.code] + (error?.errors ?? []).flatMap { [$0.code, $0.status] }
        let mentionsInvalid = wording.contains("invalid") && (wording.contains("tracking") || wording.contains("number"))
        if mentionsInvalid { return .invalidNumber(detail: text) }
        let notAvailableWording = ["not yet available", "not available", "could not locate", "not found", "no record"]
            .contains { wording.contains($0) }
        if codes.contains(notAvailableErrorCode) || codes.contains("404") || notAvailableWording {
            return .notFound(detail: text)
        }
        return nil
    }
}
