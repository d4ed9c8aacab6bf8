import ArgumentParser

/// `shipwatch-bench`: the benchmarks behind `scripts/bench`. Figures are printed with their context; compare
/// them as ratios between runs on the same machine, never as absolute truths on a shared, noisy host.
@main
struct ShipwatchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipwatch-bench",
        abstract: "Shipwatch benchmarks.",
        subcommands: [
            NormalizeBenchmark.self, PollBenchmark.self, EvaluateBenchmark.self, SweepBenchmark.self, LifecycleBenchmark.self,
            WebhooksBenchmark.self,
        ]
    )
}
