import CarrierSupport
import Foundation
import ShipwatchCore

/// Reads a successful tracking answer into one outcome per requested number.
///
/// The body is read once (`JSONTape`): the container check, each activity's JSON text (a slice of the body)
/// and the typed decoding, where each shipment is decoded on its own so a broken shipment becomes `.malformed`
/// for its number only, all come from that one parse.
struct UPSTrackingReader {
    let requested: [String]

    func outcomes(body: [UInt8]) throws(CarrierError) -> [String: TrackingOutcome] {
        let typed: UPSTrackingEnvelope<DecodingAttempt<UPSShipment>>
        let raw: JSONNode
        do {
            raw = try JSONTape(parsing: body).root
            typed = try raw.decode(UPSTrackingEnvelope<DecodingAttempt<UPSShipment>>.self)
        } catch let error as JSONFragmentParseError {
            throw .malformedPayload(detail: "UPS tracking answer is not readable: \(error)")
        } catch {
            throw .malformedPayload(detail: "UPS tracking answer is not readable: \(UPSFieldPath.describe(error))")
        }
        let rawShipments: [JSONNode]
        switch raw["trackResponse"]?["shipment"] {
        case let list? where list.isArray: rawShipments = list.elements
        case let single? where single.isObject: rawShipments = [single]
        default:
            throw .malformedPayload(detail: "UPS tracking answer has no trackResponse.shipment list: \(UPSErrorInterpreter.bodyExcerpt(body))")
        }
        guard let shipments = typed.shipments, shipments.count == rawShipments.count else {
            throw .malformedPayload(detail: "UPS tracking answer has an unreadable trackResponse.shipment list")
        }
        var outcomes: [String: TrackingOutcome] = [:]
        for (index, shipment) in shipments.enumerated() {
            let rawShipment = rawShipments[safe: index]
            guard let number = number(for: shipment.result, raw: rawShipment, index: index, count: shipments.count) else { continue }
            guard outcomes[number] == nil else { continue }
            outcomes[number] = outcome(shipment.result, raw: rawShipment, number: number, path: "trackResponse.shipment[\(index)]")
        }
        for number in requested where outcomes[number] == nil {
            outcomes[number] = .malformed(detail: "the UPS answer does not mention \(number)")
        }
        return outcomes
    }

    /// The requested number a shipment answers: its `inquiryNumber`, else its package's `trackingNumber`,
    /// else the only requested number when the answer holds a single shipment.
    private func number(for result: Result<UPSShipment, DecodingError>, raw: JSONNode?, index: Int, count: Int) -> String? {
        var candidates: [String] = []
        if case .success(let shipment) = result {
            candidates += [shipment.inquiryNumber].compactMap { $0 }
            candidates += (shipment.package ?? []).compactMap(\.trackingNumber)
        } else if let inquiry = raw?["inquiryNumber"]?.text {
            candidates.append(inquiry)
        }
        for candidate in candidates {
            if let match = requested.first(where: { UPSTrackingNumber.normalize($0) == UPSTrackingNumber.normalize(candidate) }) {
                return match
            }
        }
        if count == 1, requested.count == 1 { return requested[0] }
        return nil
    }

    private func outcome(_ result: Result<UPSShipment, DecodingError>, raw: JSONNode?, number: String, path: String) -> TrackingOutcome {
        let shipment: UPSShipment
        switch result {
        case .success(let decoded): shipment = decoded
        case .failure(let error): return .malformed(detail: UPSFieldPath.describe(error))
        }
        let packages = shipment.package ?? []
        guard !packages.isEmpty else {
            let warnings = shipment.warnings ?? []
            if warnings.isEmpty {
                return .malformed(detail: "\(path): neither a package nor a warning")
            }
            let summary = warnings.map(\.summary).joined(separator: "; ")
            // Only TW0001 says UPS does not know the number; any other warning without a package is unreadable.
            let notFound = warnings.contains {
                $0.code?.trimmingSpaces().uppercased() == UPSErrorInterpreter.notFoundCode
            }
            return notFound ? .notFound(detail: summary) : .malformed(detail: "\(path): no package, warning \(summary)")
        }
        let wanted = UPSTrackingNumber.normalize(number)
        let packageIndex = packages.firstIndex { UPSTrackingNumber.normalize($0.trackingNumber ?? "") == wanted } ?? 0
        let rawActivities: [JSONNode]
        switch packageFragments(raw)[safe: packageIndex]?["activity"] {
        case let list? where list.isArray: rawActivities = list.elements
        case let single? where single.isObject: rawActivities = [single]
        default: rawActivities = []
        }
        let mapper = UPSPackageMapper(path: "\(path).package[\(packageIndex)]")
        return .found(mapper.snapshot(of: packages[packageIndex], trackingNumber: number, rawActivities: rawActivities))
    }

    private func packageFragments(_ raw: JSONNode?) -> [JSONNode] {
        switch raw?["package"] {
        case let list? where list.isArray: list.elements
        case let single?: [single]
        case nil: []
        }
    }
}
