import CarrierSupport
import Foundation
import ShipwatchCore

/// Reads a whole `GET /track/shipments` answer into one outcome per requested number.
///
/// - 404 (an RFC 7807 problem document) means DHL does not know the number: `.notFound` for each number.
/// - Other non-2xx statuses throw `CarrierError`, with the problem document's title and detail.
/// - 200: each element of `shipments[]` is decoded on its own; a shipment that cannot be read becomes
///   `.malformed` for its number only. The body is read once (`JSONTape`); event `raw` texts are slices of it.
struct DHLResponseParser {
    /// Parses the answer for the numbers that were asked for.
    func parse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        if response.status == 404 {
            let detail = Self.problemSummary(response.body) ?? "HTTP 404: no shipment with this tracking number"
            return Dictionary(requested.map { ($0, TrackingOutcome.notFound(detail: detail)) }, uniquingKeysWith: { first, _ in first })
        }
        guard (200..<300).contains(response.status) else {
            throw Self.error(for: response)
        }
        let envelope: DHLTrackingEnvelope
        let document: JSONNode
        do {
            document = try JSONTape(parsing: response.body).root
            envelope = try document.decode(DHLTrackingEnvelope.self)
        } catch let error as DecodingError {
            throw .malformedPayload(detail: "DHL tracking answer: \(error.pathAndReason)")
        } catch {
            throw .malformedPayload(detail: "DHL tracking answer: \(error)")
        }
        let attempts = envelope.shipments ?? []
        let fragments = Self.array(document["shipments"])
        var outcomes: [String: TrackingOutcome] = [:]
        for number in requested where outcomes[number] == nil {
            outcomes[number] = outcome(for: number, attempts: attempts, fragments: fragments, singleNumber: requested.count == 1)
        }
        return outcomes
    }

    private func outcome(for number: String, attempts: [DecodingAttempt<DHLShipment>], fragments: [JSONNode], singleNumber: Bool) -> TrackingOutcome {
        if attempts.isEmpty {
            return .notFound(detail: "DHL answered without any shipment for \(number)")
        }
        guard let index = Self.matchingIndex(for: number, attempts: attempts, fragments: fragments, singleNumber: singleNumber) else {
            return .malformed(detail: "DHL's answer does not mention \(number)")
        }
        switch attempts[index].result {
        case .failure(let error):
            return .malformed(detail: error.pathAndReason)
        case .success(let shipment):
            let events = fragments.indices.contains(index) ? Self.array(fragments[index]["events"]) : []
            return .found(DHLShipmentParser(shipmentIndex: index).snapshot(of: shipment, eventFragments: events, trackingNumber: number))
        }
    }

    /// Which shipment answers `number`: a readable one with that id, then an unreadable one with that id,
    /// then a readable one listing it among its piece ids; with a single number asked for, DHL's answer is
    /// about that number whatever id it prints (piece-id lookups answer with the waybill), so the first
    /// readable shipment, else the first one.
    private static func matchingIndex(for number: String, attempts: [DecodingAttempt<DHLShipment>], fragments: [JSONNode], singleNumber: Bool) -> Int? {
        let wanted = numberKey(number)
        let ids = attempts.indices.map { index -> String? in
            if case .success(let shipment) = attempts[index].result, let id = shipment.id { return numberKey(id) }
            return fragments.indices.contains(index) ? idText(fragments[index]["id"]).map(numberKey) : nil
        }
        let readable = attempts.indices.filter { if case .success = attempts[$0].result { true } else { false } }
        if let index = readable.first(where: { ids[$0] == wanted }) { return index }
        if let index = attempts.indices.first(where: { ids[$0] == wanted }) { return index }
        if let index = readable.first(where: { index in
            guard case .success(let shipment) = attempts[index].result else { return false }
            return (shipment.details?.pieceIds ?? []).contains { numberKey($0) == wanted }
        }) { return index }
        guard singleNumber else { return nil }
        return readable.first ?? attempts.indices.first
    }

    /// Tracking numbers compared without spaces and case.
    private static func numberKey(_ number: String) -> String {
        number.filter { !$0.isWhitespace }.uppercased()
    }

    private static func idText(_ fragment: JSONNode?) -> String? {
        switch fragment?.shape {
        case .string(let text)?: text
        case .number(let value)? where value.rounded() == value && abs(value) < 1e15: String(Int(value))
        default: nil
        }
    }

    private static func array(_ fragment: JSONNode?) -> [JSONNode] {
        fragment?.elements ?? []
    }

    /// The error a failed answer stands for, with DHL's own explanation when the body is a problem document.
    static func error(for response: WireResponse) -> CarrierError {
        let detail = problemSummary(response.body) ?? bodyExcerpt(response.body)
        // A day at most; "inf", NaN or a negative value is ignored.
        let retryAfter = response.header("Retry-After").flatMap { Double($0.trimmingSpaces()) }
            .flatMap { $0.isFinite && $0 >= 0 ? min($0, 86_400) : nil }
        return CarrierError.classify(status: response.status, retryAfter: retryAfter, detail: detail)
            ?? .malformedPayload(detail: "unexpected HTTP \(response.status): \(detail)")
    }

    /// "title: detail" of a problem document, or nil when the body is not one.
    static func problemSummary(_ body: [UInt8]) -> String? {
        guard !body.isEmpty, let problem = try? JSONTapeDecoder.decode(DHLProblem.self, from: body) else { return nil }
        return problem.summary
    }

    private static func bodyExcerpt(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingWhitespaceAndNewlines()
        return text.isEmpty ? "empty body" : text
    }
}
