import CarrierCatalog
import CarrierSupport
import Foundation
import ShipwatchCore

/// The simulator's state and behaviour, independent of HTTP: scenarios, faults, tokens, counters and its clock.
public actor SimulatorEngine {
    private let simulations: [Carrier: any CarrierWireSimulation]
    /// Each carrier's lanes, from its simulation's style.
    private let lanes: [Carrier: SimulatedLanes]
    private var scenarios: [String: Scenario]
    private var faults: [Carrier: [Fault]]
    private var faultRequestIndex: [String: Int] = [:]
    private var counters = SimulatorCounters()
    private var tokens: [String: (carrier: Carrier, expiresAt: Date)] = [:]
    private var tokenSerial = 0
    private var clockOffset: TimeInterval = 0
    private let anchor: Date
    private let tokenLifetimeSeconds: Double
    private let apiKeys: [Carrier: String]

    /// - Parameters:
    ///   - anchor: the moment scenario stories are anchored on (stalls ended N days before it).
    ///   - scenarios: explicit scenarios by tracking number; other numbers get `Scenario.derived(from:)`.
    ///   - apiKeys: for carriers that authenticate with an API key (`CarrierWireSimulation.apiKeyHeader`), the only
    ///     key accepted; a carrier without an entry accepts any non-empty key.
    public init(
        anchor: Date = Date(),
        scenarios: [String: Scenario] = [:],
        faults: [Carrier: [Fault]] = [:],
        tokenLifetimeSeconds: Double = 3_599,
        apiKeys: [Carrier: String] = [:]
    ) {
        self.anchor = anchor
        self.scenarios = scenarios
        self.faults = faults
        self.tokenLifetimeSeconds = tokenLifetimeSeconds
        self.apiKeys = apiKeys
        let simulations = Dictionary(
            CarrierCatalog.descriptors.map { ($0.carrier, $0.makeSimulation()) }, uniquingKeysWith: { first, _ in first }
        )
        self.simulations = simulations
        lanes = simulations.mapValues { SimulatedLanes.styled($0.lanes) }
    }

    /// The simulator's idea of now (real time plus any advance from the admin API).
    public var now: Date { Date().addingTimeInterval(clockOffset) }

    public func advanceClock(seconds: TimeInterval) { clockOffset += seconds }
    public func setScenarios(_ updates: [String: Scenario]) { scenarios.merge(updates) { _, new in new } }
    public func setFaults(_ list: [Fault], for carrier: Carrier) {
        faults[carrier] = list
        faultRequestIndex = faultRequestIndex.filter { !$0.key.hasPrefix(carrier.rawValue + ".") }
    }
    public func currentCounters() -> SimulatorCounters { counters }
    public func resetCounters() { counters = SimulatorCounters() }

    /// The scenario a number follows.
    public func scenario(for trackingNumber: String) -> Scenario {
        scenarios[trackingNumber] ?? Scenario.derived(from: trackingNumber)
    }

    /// Answers one request to one endpoint.
    public func handle(_ endpoint: SimulatorEndpoint, request: WireRequest) -> SimulatorReply {
        counters.requests[endpoint.counterKey, default: 0] += 1
        guard let simulation = simulations[endpoint.carrier] else {
            return SimulatorReply(response: WireResponse(status: 404, body: Array("no such carrier".utf8)))
        }
        switch endpoint.kind {
        case .token: return issueToken(endpoint.carrier, simulation: simulation)
        case .tracking: return track(endpoint.carrier, simulation: simulation, request: request)
        }
    }

    private func issueToken(_ carrier: Carrier, simulation: any CarrierWireSimulation) -> SimulatorReply {
        if takeFault(.invalidToken, carrier: carrier) != nil {
            return SimulatorReply(response: simulation.renderError(status: 401, message: "Invalid client credentials"))
        }
        tokenSerial += 1
        let value = "sim-\(carrier.rawValue)-\(tokenSerial)-\(StableHash.fnv1a("\(tokenSerial)\(anchor)") % 1_000_000)"
        let expired = takeFault(.expiredToken, carrier: carrier) != nil
        tokens[value] = (carrier, expired ? now : now.addingTimeInterval(tokenLifetimeSeconds))
        counters.tokensIssued[carrier.rawValue, default: 0] += 1
        return SimulatorReply(response: simulation.renderToken(AccessToken(value: value, expiresIn: tokenLifetimeSeconds)))
    }

    private func track(_ carrier: Carrier, simulation: any CarrierWireSimulation, request: WireRequest) -> SimulatorReply {
        if let problem = authenticationProblem(carrier, request: request, simulation: simulation) {
            return SimulatorReply(response: simulation.renderError(status: 401, message: problem))
        }
        let numbers: [String]
        do {
            numbers = try simulation.requestedNumbers(in: request)
        } catch {
            return SimulatorReply(response: simulation.renderError(status: 400, message: "Invalid request: \(error)"))
        }
        if let fault = takeFault(.quotaExhausted, carrier: carrier) {
            var response = simulation.renderError(status: 429, message: "Quota limit exceeded for this period")
            response.replaceHeader("Retry-After", with: String(Int(fault.retryAfterSeconds ?? 3_600)))
            return SimulatorReply(response: response)
        }
        if let fault = takeFault(.rateLimited, carrier: carrier) {
            var response = simulation.renderError(status: 429, message: "Too Many Requests")
            response.replaceHeader("Retry-After", with: String(Int(fault.retryAfterSeconds ?? 1)))
            return SimulatorReply(response: response)
        }
        if takeFault(.serverError, carrier: carrier) != nil {
            return SimulatorReply(response: simulation.renderError(status: 500, message: "Internal server error"))
        }
        if takeFault(.unavailable, carrier: carrier) != nil {
            return SimulatorReply(response: simulation.renderError(status: 503, message: "Service unavailable"))
        }
        var delay = 0
        if let fault = takeFault(.slow, carrier: carrier) { delay = fault.delayMilliseconds ?? 30_000 }
        if takeFault(.malformedJSON, carrier: carrier) != nil {
            let body = Array("<html><body>upstream error</body></html>".utf8)
            return SimulatorReply(response: WireResponse(status: 200, headers: [WireField("Content-Type", "application/json")], body: body), delayMilliseconds: delay)
        }
        let truncate = takeFault(.truncatedBody, carrier: carrier) != nil

        let script = ParcelScript(lanes: lanes[carrier] ?? .styled(simulation.lanes), anchor: anchor)
        let at = now
        var parcels: [SimulatedParcel] = []
        var notFound: [String] = []
        for number in numbers {
            // A truncated answer delivers no usable data: like the other faulted requests, it is not counted.
            if !truncate { counters.numbers[number, default: 0] += 1 }
            if let parcel = script.parcel(trackingNumber: number, scenario: scenario(for: number), now: at) {
                parcels.append(parcel)
            } else {
                notFound.append(number)
            }
        }
        if !parcels.isEmpty, takeFault(.nulInText, carrier: carrier) != nil {
            parcels[0].scans = parcels[0].scans.map { scan in
                var scan = scan
                scan.description = "Processing\u{0}at facility"
                return scan
            }
        }
        if !parcels.isEmpty, takeFault(.impossibleOffset, carrier: carrier) != nil {
            parcels[0].scans = parcels[0].scans.map { scan in
                var scan = scan
                scan.utcOffsetSeconds = 19 * 3_600
                return scan
            }
        }
        var response = simulation.renderTracking(request: request, parcels: parcels, notFound: notFound)
        if truncate { response.body = Array(response.body.prefix(response.body.count / 2)) }
        return SimulatorReply(response: response, delayMilliseconds: delay)
    }

    private func authenticationProblem(_ carrier: Carrier, request: WireRequest, simulation: any CarrierWireSimulation) -> String? {
        if let header = simulation.apiKeyHeader {
            if takeFault(.invalidToken, carrier: carrier) != nil { return "Invalid API key" }
            guard let key = request.header(header), !key.isEmpty else { return "Missing \(header) header" }
            if let expected = apiKeys[carrier], key != expected { return "Invalid API key" }
            return nil
        }
        guard let authorization = request.header("Authorization"), authorization.hasPrefix("Bearer ") else {
            return "Missing bearer token"
        }
        let value = String(authorization.dropFirst("Bearer ".count))
        guard let token = tokens[value], token.carrier == carrier else { return "Invalid access token" }
        guard token.expiresAt > now else { return "Access token expired" }
        return nil
    }

    /// The fault of `kind` configured for `carrier`, when it hits this request; counts it.
    private func takeFault(_ kind: Fault.Kind, carrier: Carrier) -> Fault? {
        guard let fault = faults[carrier]?.first(where: { $0.kind == kind }) else { return nil }
        let key = "\(carrier.rawValue).\(kind.rawValue)"
        let index = faultRequestIndex[key, default: 0]
        faultRequestIndex[key] = index + 1
        guard fault.applies(toRequestIndex: index) else { return nil }
        counters.faults[key, default: 0] += 1
        return fault
    }
}
