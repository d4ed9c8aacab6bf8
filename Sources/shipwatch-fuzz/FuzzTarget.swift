import CarrierCatalog
import CarrierSupport
import ShipwatchCore

/// One adapter's parsers, driven by a payload from the wire: every entry point that reads carrier bytes.
/// Every carrier in `CarrierCatalog.descriptors` is a target; none is named here.
struct FuzzTarget: Sendable {
    /// The carrier's descriptor.
    let descriptor: any CarrierDescriptor

    /// The target of the carrier named `name` ("ups"), or nil when the catalog has no such carrier.
    init?(carrierName name: String) {
        guard let descriptor = CarrierCatalog.descriptors.first(where: { $0.carrier.rawValue == name }) else { return nil }
        self.descriptor = descriptor
    }

    /// The carriers' names, for the usage line.
    static var carrierNames: String { CarrierCatalog.descriptors.map(\.carrier.rawValue).joined(separator: "|") }

    /// The carrier's id, for reports.
    var rawValue: String { descriptor.carrier.rawValue }

    /// The adapter, as the poller configures it by default.
    var api: any CarrierAPI { descriptor.makeTrackingAPI(options: CarrierAPIOptions()) }

    /// Numbers asked for: one alone, and a batch (of two, even for a carrier that asks one at a time).
    private var numbers: [String] {
        let examples = descriptor.exampleNumbers
        return [examples.first ?? "0", examples.dropFirst().first ?? examples.first ?? "1"]
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
