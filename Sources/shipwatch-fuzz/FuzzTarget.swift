import CarrierDHL
import CarrierFedEx
import CarrierUPS
import CarrierUSPS
import ShipwatchCore

/// One adapter's parsers, driven by a payload from the wire: every entry point that reads carrier bytes.
enum FuzzTarget: String, CaseIterable, Sendable {
    case usps, ups, fedex, dhl

    /// The adapter, as the poller configures it.
    var api: any CarrierAPI {
        switch self {
        case .usps: USPSTrackingAPI()
        case .ups: UPSTrackingAPI()
        case .fedex: FedExTrackingAPI()
        case .dhl: DHLTrackingAPI()
        }
    }

    /// Numbers asked for: one alone, and a batch (USPS, UPS and FedEx batch; DHL asks one at a time).
    private var numbers: [String] {
        switch self {
        case .usps: ["9400111000000000000127", "9400111000000000000134"]
        case .ups: ["1Z7R40W20358812406", "1Z4W81E60318844190"]
        case .fedex: ["612999000011224", "612999000011231"]
        case .dhl: ["7719042263", "00340434161094015902"]
        }
    }

    /// Runs `payload` through the tracking parser (as a 200, 207, 400 and 404 answer, for one number and
    /// for a batch), the batch-refusal reader and the token parser, and builds a timeline from every
    /// snapshot. Carrier errors are expected; only a trap would end the process.
    /// - Returns: how many parser calls returned an answer instead of an error (kept so nothing is optimized away).
    func exercise(_ payload: [UInt8], api: any CarrierAPI) -> Int {
        var answered = 0
        for status in [200, 207, 400, 404] {
            let response = WireResponse(status: status, headers: [WireField("Retry-After", "5")], body: payload)
            for requested in [[numbers[0]], numbers] {
                if let outcomes = try? api.parseTrackingResponse(response, requested: requested) {
                    answered += 1
                    for case .found(let snapshot) in outcomes.values {
                        answered += Timeline(events: snapshot.events).events.count
                    }
                }
                if let rejection = api.batchRejection(response, requested: requested) { answered += rejection.named.count }
            }
        }
        if let token = try? api.parseTokenResponse(WireResponse(status: 200, body: payload)) {
            answered += token.expiresIn > 0 ? 1 : 0
        }
        return answered
    }

    /// One parser call per payload, for libFuzzer (coverage-guided, so it explores the choices itself): the
    /// payload's length picks the HTTP status and whether one number or a batch was asked; every payload also
    /// goes through the batch-refusal reader and the token parser.
    func exerciseOnce(_ payload: [UInt8], api: any CarrierAPI) -> Int {
        let status = [200, 207, 400, 404][payload.count % 4]
        let requested = (payload.count / 4) % 2 == 0 ? [numbers[0]] : numbers
        let response = WireResponse(status: status, headers: [WireField("Retry-After", "5")], body: payload)
        var answered = 0
        if let outcomes = try? api.parseTrackingResponse(response, requested: requested) {
            answered += 1
            for case .found(let snapshot) in outcomes.values {
                answered += Timeline(events: snapshot.events).events.count
            }
        }
        if let rejection = api.batchRejection(response, requested: numbers) { answered += rejection.named.count }
        if let token = try? api.parseTokenResponse(WireResponse(status: 200, body: payload)) {
            answered += token.expiresIn > 0 ? 1 : 0
        }
        return answered
    }
}
