import CarrierSupport
import Foundation
import ShipwatchCore

/// Reads a USPS tracking answer, v3 (one object) or v3r2 (an array, HTTP 200 or 207), into one outcome
/// per requested number.
///
/// The body is read once (`JSONTape`): its shape, each scan's raw text (a slice of the body) and the typed
/// decoding, element by element so a malformed element costs only its own number, all come from that parse.
struct USPSTrackingResponseParser {
    let requested: [String]

    func parse(_ response: WireResponse) throws(CarrierError) -> [String: TrackingOutcome] {
        if let failure = USPSErrorInterpreter.wholeRequestFailure(response) { throw failure }
        guard let fragment = try? JSONTape(parsing: response.body).root else {
            throw Self.unreadable(response, reason: "the body is not JSON")
        }

        switch fragment.kind {
        case .array:
            guard let decoded = try? fragment.decode([USPSDecodedElement].self) else {
                throw CarrierError.malformedPayload(detail: "the answer array could not be read")
            }
            let elements = fragment.elements
            return assemble(decoded.enumerated().map { index, element in
                outcome(of: element, raw: elements[index], path: "[\(index)]")
            })
        case .object where Self.isErrorEnvelope(fragment):
            return try outcomesForErrorEnvelope(response, document: fragment)
        case .object:
            guard (200..<300).contains(response.status) else {
                throw Self.unreadable(response, reason: USPSErrorInterpreter.detail(of: response.body))
            }
            guard let decoded = try? fragment.decode(USPSDecodedElement.self) else {
                throw CarrierError.malformedPayload(detail: "the answer object could not be read")
            }
            var single = outcome(of: decoded, raw: fragment, path: "")
            if requested.count == 1 { single.number = requested[0] }
            return assemble([single])
        default:
            throw Self.unreadable(response, reason: "expected a JSON object or array, found \(fragment.jsonText.prefix(80))")
        }
    }

    // MARK: - Elements

    /// One element's outcome and the number it claims to be about.
    private struct ElementOutcome {
        var number: String?
        var outcome: TrackingOutcome
    }

    private func outcome(of element: USPSDecodedElement, raw: JSONNode, path: String) -> ElementOutcome {
        let claimedNumber: String? = raw["trackingNumber"]?.text
        let detail: USPSTrackingDetail
        switch element.result {
        case .failure(let failure):
            let fieldPath = failure.path.isEmpty ? path : failure.path
            return ElementOutcome(number: claimedNumber, outcome: .malformed(detail: "\(fieldPath.isEmpty ? "body" : fieldPath): \(failure.reason)"))
        case .success(let value):
            detail = value
        }
        let number = detail.trackingNumber ?? claimedNumber

        let statusCode = detail.statusCode?.trimmingSpaces()
        let failed = (statusCode.map { !$0.hasPrefix("2") } ?? false)
            || (detail.error != nil && detail.trackingEvents == nil)
        if failed {
            let fallback = TrackingOutcome.malformed(
                detail: "\(path.isEmpty ? "body" : path).statusCode \(statusCode ?? "?"): \(detail.error?.bestText ?? "no detail")"
            )
            return ElementOutcome(number: number, outcome: USPSErrorInterpreter.numberOutcome(status: statusCode, error: detail.error) ?? fallback)
        }

        let rawEvents = raw["trackingEvents"]?.elements ?? []
        let builder = USPSSnapshotBuilder(
            trackingNumber: number ?? requested.first ?? "",
            detail: detail,
            rawEvents: rawEvents,
            pathPrefix: path
        )
        return ElementOutcome(number: number, outcome: .found(builder.build()))
    }

    /// Files element outcomes under the requested numbers (matched without spaces and case), by position
    /// for elements that name no number, and reports numbers the answer does not mention as malformed.
    private func assemble(_ elements: [ElementOutcome]) -> [String: TrackingOutcome] {
        var byKey: [String: TrackingOutcome] = [:]
        var anonymous: [(index: Int, outcome: TrackingOutcome)] = []
        for (index, element) in elements.enumerated() {
            if let number = element.number {
                byKey[Self.key(number)] = element.outcome
            } else {
                anonymous.append((index, element.outcome))
            }
        }
        var result: [String: TrackingOutcome] = [:]
        for (index, number) in requested.enumerated() {
            if let outcome = byKey[Self.key(number)] {
                result[number] = rekeyed(outcome, to: number)
            } else if let positional = anonymous.first(where: { $0.index == index }) {
                result[number] = rekeyed(positional.outcome, to: number)
            } else {
                result[number] = .malformed(detail: "the answer has no element for \(number)")
            }
        }
        return result
    }

    /// A found snapshot carries the number exactly as the caller asked for it.
    private func rekeyed(_ outcome: TrackingOutcome, to number: String) -> TrackingOutcome {
        guard case .found(var snapshot) = outcome else { return outcome }
        snapshot.trackingNumber = number
        return .found(snapshot)
    }

    // MARK: - Whole-answer errors

    /// A body that is only the error envelope: "not found / not yet available" (v3 HTTP 400, v3r2 HTTP 404)
    /// applies to every requested number; an "invalid number" answer to a single number is typed per number;
    /// anything else fails the request.
    private func outcomesForErrorEnvelope(_ response: WireResponse, document: JSONNode) throws(CarrierError) -> [String: TrackingOutcome] {
        let envelope = (try? document.decode(USPSErrorResponse.self)) ?? USPSErrorResponse()
        let outcome = USPSErrorInterpreter.numberOutcome(status: String(response.status), error: envelope.error)
        let detail = envelope.error?.bestText ?? "no detail"
        switch outcome {
        case let outcome? where requested.count == 1:
            return [requested[0]: outcome]
        case .notFound?, .invalidNumber?:
            // About some number of the batch without saying which (`USPSTrackingAPI.batchRejection` reads the
            // ones that do): a failure of the batch, never not-found for every number in it.
            throw CarrierError.transient(detail: "USPS refused the batch of \(requested.count): \(detail)")
        default:
            throw CarrierError.classify(status: response.status, retryAfter: USPSErrorInterpreter.retryAfter(response), detail: detail)
                ?? CarrierError.malformedPayload(detail: "error body with HTTP \(response.status): \(detail)")
        }
    }

    /// A multi-number request refused with the error envelope, read per number (see `BatchRejection`).
    static func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection? {
        guard requested.count > 1, USPSErrorInterpreter.wholeRequestFailure(response) == nil,
              let fragment = try? JSONTape(parsing: response.body).root, isErrorEnvelope(fragment),
              let envelope = try? fragment.decode(USPSErrorResponse.self),
              let outcome = USPSErrorInterpreter.numberOutcome(status: String(response.status), error: envelope.error)
        else { return nil }
        let error = envelope.error
        let texts = [error?.message] + (error?.errors ?? []).flatMap { [$0.title, $0.detail, $0.source?.example] }
        let named = BatchRejection.numbersNamed(in: texts.compactMap { $0 }, requested: requested)
        return BatchRejection(
            named: Dictionary(named.map { ($0, outcome) }, uniquingKeysWith: { first, _ in first }),
            detail: error?.bestText ?? "no detail"
        )
    }

    private static func isErrorEnvelope(_ fragment: JSONNode) -> Bool {
        fragment["error"] != nil && fragment["trackingEvents"] == nil
    }

    private static func unreadable(_ response: WireResponse, reason: String) -> CarrierError {
        if !(200..<300).contains(response.status),
           let failure = CarrierError.classify(status: response.status, retryAfter: USPSErrorInterpreter.retryAfter(response), detail: reason) {
            return failure
        }
        return .malformedPayload(detail: reason)
    }

    private static func key(_ number: String) -> String {
        String(number.uppercased().filter { !$0.isWhitespace })
    }
}
