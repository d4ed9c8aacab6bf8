import Foundation
import ShipwatchCore

// Two engines over the same `FuzzTarget`:
// - built with `-sanitize=fuzzer -DSHIPWATCH_LIBFUZZER` (scripts/fuzz), libFuzzer drives coverage-guided
//   mutations of the seed corpus; the adapter is chosen by SHIPWATCH_FUZZ_CARRIER;
// - built normally, `shipwatch-fuzz --carrier ups --runs 20000 --fixtures carriers/ups/fixtures` runs the
//   seeded `PayloadMutator` (scripts/test runs it briefly; scripts/fuzz --engine plain at length).

#if SHIPWATCH_LIBFUZZER
/// The adapter under test, from SHIPWATCH_FUZZ_CARRIER.
let libFuzzerCarrierName = ProcessInfo.processInfo.environment["SHIPWATCH_FUZZ_CARRIER"] ?? ""
let libFuzzerTarget = FuzzTarget(carrierName: libFuzzerCarrierName)
let libFuzzerAPI = libFuzzerTarget?.api

@_silgen_name("LLVMFuzzerRunDriver")
func runLibFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point under libFuzzer (SwiftPM calls the module's `main` this).
@_cdecl("shipwatch_fuzz_main")
func libFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard libFuzzerTarget != nil else {
        FileHandle.standardError.write(Data(
            "SHIPWATCH_FUZZ_CARRIER: unknown carrier '\(libFuzzerCarrierName)'; one of \(FuzzTarget.carrierNames)\n".utf8
        ))
        return 2
    }
    var count = argc
    var arguments = argv
    return runLibFuzzer(&count, &arguments) { data, size in
        guard let data, let target = libFuzzerTarget, let api = libFuzzerAPI else { return 0 }
        _ = target.exerciseOnce(Array(UnsafeBufferPointer(start: data, count: size)), api: api)
        return 0
    }
}
#else
@main
struct PlainFuzz {
    static func main() throws {
        var carrier: FuzzTarget?
        var runs = 10_000
        var seed: UInt64 = 1
        var fixtures: String?
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            let value = arguments.next() ?? ""
            switch argument {
            case "--carrier": carrier = FuzzTarget(carrierName: value)
            case "--runs": runs = Int(value) ?? -1
            case "--seed": seed = UInt64(value) ?? 0
            case "--fixtures": fixtures = value
            default: throw UsageError(detail: "unknown argument \(argument)")
            }
        }
        guard let carrier, let fixtures, runs >= 0 else {
            throw UsageError(detail: "usage: shipwatch-fuzz --carrier \(FuzzTarget.carrierNames) --fixtures DIR [--runs N] [--seed S]")
        }
        let directory = URL(fileURLWithPath: fixtures)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        let seeds = try names.map { Array(try Data(contentsOf: directory.appendingPathComponent($0))) }
        guard !seeds.isEmpty else { throw UsageError(detail: "no .json seeds in \(fixtures)") }
        var mutator = PayloadMutator(seed: seed, seeds: seeds)
        let api = carrier.api
        let started = ContinuousClock.now
        var answered = 0
        for seedPayload in seeds { answered &+= carrier.exercise(seedPayload, api: api) }
        for _ in 0..<runs { answered &+= carrier.exercise(mutator.next(), api: api) }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        print("\(carrier.rawValue): \(runs) mutated payloads from \(seeds.count) seeds (seed \(seed)), 0 crashes, "
            + "\(answered) answers, \(Int(seconds.rounded())) s")
    }
}

struct UsageError: Error, CustomStringConvertible {
    var detail: String
    var description: String { detail }
}
#endif
