import Metrics
import Prometheus

/// The process's one Prometheus registry, bootstrapped into swift-metrics on first use (the metrics system can
/// be bootstrapped only once per process).
enum PrometheusBootstrap {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
