import CarrierSupport
import Foundation
import ShipwatchCore

/// Reads a whole `POST /track/v1/trackingnumbers` answer into one outcome per requested number.
///
/// The body is read once (`JSONTape`): the typed decoding (each `completeTrackResults` element isolated, so a
/// malformed element only fails its own number) and each event's raw JSON (a slice of the body) and the number of
/// an element that did not decode all come from that one parse.
struct FedExTrackingResponseParser {
    /// Parses the answer; throws when the whole answer is a failure.
    func parse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        guard (200..<300).contains(response.status) else {
            switch FedExErrorClassifier.numberOutcome(of: response) {
            case let outcome? where requested.count == 1:
                return [requested[0]: outcome]
            case .invalidNumber(let detail)?, .notFound(let detail)?:
                // About some number of the batch, but not said which: a failure of the batch, never not-found
                // for all (the client splits the batch to find the number).
                throw .transient(detail: "FedEx refused the batch of \(requested.count) (HTTP \(response.status)): \(detail)")
            default:
                throw FedExErrorClassifier.requestFailure(response)
            }
        }
        let answer: FedExTrackResponse
        let document: JSONNode
        do {
            document = try JSONTape(parsing: response.body).root
            answer = try FedExJSON.decode(FedExTrackResponse.self, from: document)
        } catch {
            throw .malformedPayload(detail: "FedEx tracking answer: \(error)")
        }
        guard let elements = answer.output?.completeTrackResults else {
            if let errors = answer.errors, !errors.isEmpty {
                throw FedExErrorClassifier.requestFailure(response, errors: errors)
            }
            throw .malformedPayload(detail: "FedEx tracking answer: output.completeTrackResults missing")
        }
        let elementFragments = document["output"]?["completeTrackResults"]?.elements ?? []
        var outcomes: [String: TrackingOutcome] = [:]
        var unattributed: [String] = []
        var answeredUnder: [(numbers: [String], outcome: TrackingOutcome)] = []
        for (index, element) in elements.enumerated() {
            let path = "output.completeTrackResults[\(index)]"
            let fragment = elementFragments.indices.contains(index) ? elementFragments[index] : nil
            switch element {
            case .decoded(let result):
                // The element's own number and the numbers its track results say they answer
                // (`trackingNumberInfo`): FedEx may answer under the number it resolved the request to.
                let numbers = ([result.trackingNumber] + (result.trackResults ?? []).map { $0.trackingNumberInfo?.trackingNumber })
                    .compactMap { $0?.trimmingSpaces() }.filter { !$0.isEmpty }
                guard !numbers.isEmpty else {
                    unattributed.append("\(path): no trackingNumber")
                    continue
                }
                let outcome = FedExNumberResolver(result: result, fragment: fragment, path: path).outcome()
                for number in Set(numbers.map(Self.key)) { record(outcome, for: number, in: &outcomes) }
                answeredUnder.append((numbers, outcome))
            case .failed(let failure):
                guard let number = Self.number(in: fragment) else {
                    unattributed.append(failure.description)
                    continue
                }
                record(.malformed(detail: failure.description), for: number, in: &outcomes)
            }
        }
        return Self.assign(outcomes, to: requested, unattributed: unattributed, answeredUnder: answeredUnder)
    }

    /// Keeps the better outcome when one number appears twice in `completeTrackResults`.
    private func record(_ outcome: TrackingOutcome, for number: String, in outcomes: inout [String: TrackingOutcome]) {
        let key = Self.key(number)
        if let existing = outcomes[key], Self.rank(existing) >= Self.rank(outcome) { return }
        outcomes[key] = outcome
    }

    /// One outcome per requested number, in FedEx's spelling-insensitive matching. With a single number asked
    /// for and a single result answered, that result is the number's whatever number it is printed under;
    /// otherwise a result under a number not asked for is left out and named in the missing numbers' detail.
    private static func assign(
        _ outcomes: [String: TrackingOutcome], to requested: [String], unattributed: [String],
        answeredUnder: [(numbers: [String], outcome: TrackingOutcome)]
    ) -> [String: TrackingOutcome] {
        var result: [String: TrackingOutcome] = [:]
        let requestedKeys = Set(requested.map(key))
        let strangers = answeredUnder.filter { !$0.numbers.contains { requestedKeys.contains(key($0)) } }
        for number in requested {
            if let outcome = outcomes[key(number)] {
                result[number] = rekeyed(outcome, to: number)
            } else if requested.count == 1, answeredUnder.count == 1, let only = answeredUnder.first {
                result[number] = rekeyed(only.outcome, to: number)
            } else {
                var hints = unattributed.isEmpty ? [] : ["unreadable elements: \(unattributed.joined(separator: "; "))"]
                if !strangers.isEmpty {
                    hints.append("answered under \(strangers.map { $0.numbers.joined(separator: "/") }.joined(separator: ", ")), not tied to this request")
                }
                let hint = hints.isEmpty ? "" : " (\(hints.joined(separator: "; ")))"
                result[number] = .malformed(detail: "FedEx's answer has no result for this number\(hint)")
            }
        }
        return result
    }

    /// A found snapshot carries the number exactly as the caller asked for it.
    private static func rekeyed(_ outcome: TrackingOutcome, to number: String) -> TrackingOutcome {
        guard case .found(var snapshot) = outcome else { return outcome }
        snapshot.trackingNumber = number
        return .found(snapshot)
    }

    /// The number of an element that did not decode, read from its raw JSON.
    private static func number(in fragment: JSONNode?) -> String? {
        fragment?["trackingNumber"]?.text
            ?? fragment?["trackResults"]?.element(0)?["trackingNumberInfo"]?["trackingNumber"]?.text
    }

    /// Tracking numbers compare without spaces and case.
    static func key(_ number: String) -> String {
        number.filter { !$0.isWhitespace }.uppercased()
    }

    private static func rank(_ outcome: TrackingOutcome) -> Int {
        switch outcome {
        case .found: 3
        case .notFound, .invalidNumber: 2
        case .malformed: 1
        }
    }
}
