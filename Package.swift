// swift-tools-version:6.1
import Foundation
import PackageDescription

/// One settings array for every target: Swift 6 language mode with complete concurrency checking.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The carrier targets, found on disk: every folder under carriers/ holding a `<Name>Descriptor.swift` is the target
/// `Carrier<Name>` (with its tests in `carriers/<folder>/Tests`, the target `Carrier<Name>Tests`), and every target
/// that needs the carriers iterates over this list. Adding a carrier is its folder plus its descriptor's line in
/// `CarrierCatalog.descriptors`.
let carrierTargets: [(name: String, folder: String)] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("carriers")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return folders.sorted().compactMap { folder in
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        guard let descriptor = files.first(where: { $0.hasSuffix("Descriptor.swift") }) else { return nil }
        return ("Carrier" + descriptor.dropLast("Descriptor.swift".count), folder)
    }
}()

/// The ops dashboard's templates (Sources/ShipwatchAPI/Resources/Templates/NAME.mustache), embedded like the others.
let opsTemplates = ["ops-head", "ops-foot", "ops-login", "ops-overview", "ops-findings", "ops-shipment", "ops-runs", "ops-message"]

let package = Package(
    name: "shipwatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "shipwatch", targets: ["shipwatch"]),
        .library(name: "ShipwatchCore", targets: ["ShipwatchCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Already in the graph through async-http-client; named for the tests' TLS webhook receiver.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(name: "ShipwatchCore", swiftSettings: swiftSettings),
        // What the carrier adapters share: lenient field readers, form encoding, the OAuth client-credentials request.
        .target(name: "CarrierSupport", dependencies: ["ShipwatchCore"], swiftSettings: swiftSettings),
        .target(
            name: "CarrierHTTP",
            dependencies: [
                "ShipwatchCore", "CarrierSupport", "CarrierCatalog",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ShipwatchStore",
            dependencies: [
                "ShipwatchCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
        + carrierTargets.map { carrier in
            .target(
                name: carrier.name,
                dependencies: ["ShipwatchCore", "CarrierSupport"],
                path: "carriers/\(carrier.folder)",
                exclude: ["fixtures", "README.md", "Tests"],
                swiftSettings: swiftSettings
            )
        }
        + [
            // The list of carriers (their descriptors): everything else iterates over it.
            .target(
                name: "CarrierCatalog",
                dependencies: ["ShipwatchCore", "CarrierSupport"] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            .target(
                name: "CarrierSimulator",
                dependencies: [
                    "ShipwatchCore", "CarrierSupport", "CarrierCatalog",
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ],
                swiftSettings: swiftSettings
            ),
            .target(
                name: "ShipwatchAPI",
                dependencies: [
                    "ShipwatchCore",
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "Mustache", package: "swift-mustache"),
                    .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                    .product(name: "Crypto", package: "swift-crypto"),
                    .product(name: "Metrics", package: "swift-metrics"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "NIOPosix", package: "swift-nio"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ],
                resources: [
                    .embedInCode("Resources/openapi.json"),
                    .embedInCode("Resources/Templates/track-form.mustache"),
                    .embedInCode("Resources/Templates/track-result.mustache"),
                    .embedInCode("Resources/Templates/layout-head.mustache"),
                ] + opsTemplates.map { .embedInCode("Resources/Templates/\($0).mustache") },
                swiftSettings: swiftSettings
            ),
            .target(
                name: "ShipwatchApp",
                dependencies: [
                    "ShipwatchCore", "CarrierHTTP", "ShipwatchStore", "ShipwatchAPI", "CarrierSupport", "CarrierCatalog",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "Metrics", package: "swift-metrics"),
                    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                    .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                    .product(name: "Yams", package: "Yams"),
                    .product(name: "Prometheus", package: "swift-prometheus"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "Crypto", package: "swift-crypto"),
                    .product(name: "NIOPosix", package: "swift-nio"),
                    .product(name: "NIOHTTP1", package: "swift-nio"),
                ],
                swiftSettings: swiftSettings
            ),
            .executableTarget(
                name: "shipwatch",
                dependencies: [
                    "ShipwatchApp", "ShipwatchCore", "CarrierCatalog",
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                ],
                swiftSettings: swiftSettings
            ),
            // The carrier simulator as its own test tool (scripts/demo, scripts/bench); not part of the product.
            .executableTarget(
                name: "shipwatch-simulator",
                dependencies: [
                    "ShipwatchCore", "CarrierSimulator", "CarrierCatalog",
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "Yams", package: "Yams"),
                ],
                swiftSettings: swiftSettings
            ),
            .executableTarget(
                name: "shipwatch-bench",
                dependencies: [
                    "ShipwatchApp", "CarrierHTTP", "ShipwatchStore", "CarrierSimulator", "CarrierSupport", "CarrierCatalog",
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "PostgresNIO", package: "postgres-nio"),
                ],
                swiftSettings: swiftSettings
            ),
            // Feeds mutated carrier payloads to every adapter's parsers (scripts/fuzz; libFuzzer or a seeded mutator).
            .executableTarget(
                name: "shipwatch-fuzz",
                dependencies: ["ShipwatchCore", "CarrierSupport", "CarrierCatalog"],
                swiftSettings: swiftSettings
            ),
            .target(
                name: "ShipwatchTestSupport",
                dependencies: [
                    "ShipwatchCore", "ShipwatchStore", "CarrierCatalog",
                    .product(name: "PostgresNIO", package: "postgres-nio"),
                    .product(name: "Logging", package: "swift-log"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                path: "Tests/ShipwatchTestSupport",
                swiftSettings: swiftSettings
            ),
            // The carrier test suites' fixture loader.
            .target(
                name: "CarrierTestSupport",
                dependencies: ["ShipwatchCore"],
                path: "Tests/CarrierTestSupport",
                swiftSettings: swiftSettings
            ),
            // Core's own tests: the carriers they use are the real ones (tests import the carrier's module).
            .testTarget(
                name: "ShipwatchCoreTests",
                dependencies: ["ShipwatchCore"] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            // The catalog's roster: recognition across every carrier's formats, the public corpus, a made-up fifth carrier.
            .testTarget(
                name: "CarrierRosterTests",
                dependencies: ["CarrierCatalog", "ShipwatchCore"] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            // The shared JSON reader and lenient readers, checked against Foundation on every carrier's fixtures.
            .testTarget(
                name: "CarrierSupportTests",
                dependencies: ["CarrierSupport", "CarrierTestSupport", "ShipwatchCore"] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "CarrierHTTPTests",
                dependencies: [
                    "CarrierHTTP", "CarrierCatalog",
                    .product(name: "Hummingbird", package: "hummingbird"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "ShipwatchStoreTests",
                dependencies: [
                    "ShipwatchStore", "ShipwatchTestSupport", "CarrierCatalog",
                    .product(name: "MetricsTestKit", package: "swift-metrics"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "ShipwatchAppTests",
                dependencies: [
                    "ShipwatchApp", "ShipwatchTestSupport", "CarrierSimulator", "CarrierSupport", "CarrierCatalog",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "HummingbirdTLS", package: "hummingbird"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "NIOHTTP1", package: "swift-nio"),
                    .product(name: "NIOSSL", package: "swift-nio-ssl"),
                    .product(name: "PostgresNIO", package: "postgres-nio"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "CarrierSimulatorTests",
                dependencies: [
                    "CarrierSimulator",
                    "CarrierHTTP",
                    "CarrierCatalog",
                    "CarrierSupport",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "NIOCore", package: "swift-nio"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
        ]
        + [
            .target(
                name: "ShipwatchAPITestSupport",
                dependencies: ["ShipwatchCore", "ShipwatchAPI", "CarrierCatalog"]
                    + carrierTargets.map { .byName(name: $0.name) },
                path: "Tests/ShipwatchAPITestSupport",
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "ShipwatchAPITests",
                dependencies: [
                    "ShipwatchAPI", "ShipwatchAPITestSupport", "ShipwatchCore", "ShipwatchStore", "ShipwatchApp",
                    "ShipwatchTestSupport", "CarrierCatalog",
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "PostgresNIO", package: "postgres-nio"),
                    .product(name: "Logging", package: "swift-log"),
                ] + carrierTargets.map { .byName(name: $0.name) },
                swiftSettings: swiftSettings
            ),
        ]
        + carrierTargets.map { carrier in
            .testTarget(
                name: "\(carrier.name)Tests",
                dependencies: [.byName(name: carrier.name), "CarrierSupport", "CarrierTestSupport"],
                path: "carriers/\(carrier.folder)/Tests",
                swiftSettings: swiftSettings
            )
        }
)
