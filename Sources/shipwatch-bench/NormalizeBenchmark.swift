import ArgumentParser
import CarrierCatalog
import CarrierSupport
import Foundation
import ShipwatchCore

/// Events normalized per second for each carrier, parsing realistic answers rendered by the carriers' own
/// simulation side (the same wire models the adapters parse), on the calling thread only (one core).
///
/// Next to each figure, the floor: the same bytes read by `JSONSerialization` alone (no typed model, no
/// normalization), in events per second of that answer, and our figure as a share of it.
struct NormalizeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "normalize", abstract: "Carrier normalization throughput.")

    @Option(help: "Seconds to run each carrier.") var seconds: Double = 2
    @Option(help: "Scans per parcel in the payloads.") var scans: Int = 12
    @Option(name: .customLong("carrier"), help: ArgumentHelp("Only this carrier (\(CarrierCatalog.roster.namesInWords)); repeatable. Default: every carrier."))
    var carriers: [String] = []

    func run() throws {
        var wanted = Set<Carrier>()
        for name in carriers {
            guard let carrier = CarrierCatalog.roster.carrier(named: name) else {
                throw ValidationError("--carrier: unknown carrier '\(name)'; one of \(CarrierCatalog.roster.namesInWords)")
            }
            wanted.insert(carrier)
        }
        print("normalize: parse + normalize carrier answers on one thread; \(scans) scans per parcel; \(seconds) s per carrier")
        print(String(repeating: "-", count: 100))
        for payload in BenchPayloads.all(scansPerParcel: scans) where wanted.isEmpty || wanted.contains(payload.carrier) {
            let result = measure(payload)
            let floor = measureFloor(payload, eventsPerAnswer: result.eventsPerAnswer)
            print(String(
                format: "%-6@ %-34@ %7d bytes  %8.0f events/s  %7.0f answers/s  | floor (JSONSerialization) %8.0f events/s, ours %3.0f %%",
                CarrierCatalog.roster.displayName(of: payload.carrier) as NSString, payload.description as NSString, payload.response.body.count,
                result.eventsPerSecond, result.answersPerSecond, floor, floor > 0 ? 100 * result.eventsPerSecond / floor : 0
            ))
        }
    }

    /// Events per second if reading an answer cost only `JSONSerialization.jsonObject` of its bytes.
    func measureFloor(_ payload: BenchPayload, eventsPerAnswer: Double) -> Double {
        let data = Data(payload.response.body)
        var answers = 0
        let clock = ContinuousClock()
        let start = clock.now
        let budget = Duration.milliseconds(Int64(seconds * 1_000))
        while clock.now - start < budget {
            for _ in 0..<10 {
                guard (try? JSONSerialization.jsonObject(with: data)) != nil else {
                    fatalError("the benchmark payload for \(payload.carrier) is not JSON")
                }
                answers += 1
            }
        }
        let elapsed = clock.now - start
        let secondsElapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(answers) * eventsPerAnswer / secondsElapsed
    }

    func measure(_ payload: BenchPayload) -> (eventsPerSecond: Double, answersPerSecond: Double, eventsPerAnswer: Double) {
        var answers = 0
        var events = 0
        let clock = ContinuousClock()
        let start = clock.now
        let budget = Duration.milliseconds(Int64(seconds * 1_000))
        while clock.now - start < budget {
            for _ in 0..<10 {
                guard let outcomes = try? payload.api.parseTrackingResponse(payload.response, requested: payload.numbers) else {
                    fatalError("the benchmark payload for \(payload.carrier) does not parse")
                }
                for case .found(let snapshot) in outcomes.values { events += snapshot.events.count }
                answers += 1
            }
        }
        let elapsed = clock.now - start
        let secondsElapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (Double(events) / secondsElapsed, Double(answers) / secondsElapsed, answers > 0 ? Double(events) / Double(answers) : 0)
    }
}

/// One carrier answer used by the normalization benchmark.
struct BenchPayload {
    var carrier: Carrier
    var description: String
    var api: any CarrierAPI
    var numbers: [String]
    var response: WireResponse
}

/// The payloads: each carrier's largest batch in its default mode (USPS v3r2 35, FedEx 30, UPS 1, DHL 1), every
/// parcel with a full international story (customs included) of `scansPerParcel` scans.
enum BenchPayloads {
    static func all(scansPerParcel: Int) -> [BenchPayload] {
        CarrierCatalog.descriptors.map { descriptor in
            make(
                descriptor.carrier, api: descriptor.makeTrackingAPI(options: CarrierAPIOptions()), simulation: descriptor.makeSimulation(),
                batch: descriptor.maxNumbersPerRequest, scans: scansPerParcel
            )
        }
    }

    static func make(
        _ carrier: Carrier, api: any CarrierAPI, simulation: any CarrierWireSimulation, batch: Int, scans: Int
    ) -> BenchPayload {
        let numbers = (0..<batch).map { "BENCH\(carrier.rawValue.uppercased())\(100_000 + $0)" }
        let request = api.trackingRequest(numbers: numbers, credentials: CarrierCredentials(apiKey: "k"), accessToken: "t", requestID: "bench")
        let description = "\(request.method.rawValue), \(batch) parcel\(batch == 1 ? "" : "s")"
        let milestones: [Milestone] = [
            .labelCreated, .accepted, .sortArrived, .sortProcessed, .sortDeparted, .customsExport, .inTransit,
            .customsInProgress, .customsHeld, .customsReleased, .sortArrived, .outForDelivery, .delivered,
        ]
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let parcels = numbers.map { number in
            SimulatedParcel(
                trackingNumber: number,
                scans: (0..<scans).map { index in
                    SimulatedScan(
                        milestone: milestones[index % milestones.count],
                        occurredAt: start.addingTimeInterval(Double(index) * 9_000),
                        utcOffsetSeconds: index < scans / 2 ? 28_800 : -18_000,
                        location: EventLocation(city: index < scans / 2 ? "Shenzhen" : "Memphis", region: index < scans / 2 ? "GD" : "TN",
                                                postalCode: index < scans / 2 ? "518000" : "38118", countryCode: index < scans / 2 ? "CN" : "US")
                    )
                },
                service: "Bench Service", originCountry: "CN", destinationCountry: "US"
            )
        }
        return BenchPayload(
            carrier: carrier, description: description, api: api, numbers: numbers,
            response: simulation.renderTracking(request: request, parcels: parcels, notFound: [])
        )
    }
}
