// swift-tools-version:6.2
import PackageDescription

/// One set of settings for every target (see STYLE.md).
let swiftSettings: [SwiftSetting] = [
    // https://github.com/apple/swift-evolution/blob/main/proposals/0335-existential-any.md
    .enableUpcomingFeature("ExistentialAny"),
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0444-member-import-visibility.md
    .enableUpcomingFeature("MemberImportVisibility"),
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0409-access-level-on-imports.md
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "scrutin",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "scrutin", targets: ["scrutin"]),
        .library(name: "ScrutinCore", targets: ["ScrutinCore"]),
        .library(name: "ScrutinPublished", targets: ["ScrutinPublished"]),
        .library(name: "ScrutinReports", targets: ["ScrutinReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    ],
    targets: [
        // The pure core: domain values, electoral rules, checks, tabulation. No I/O.
        .target(name: "ScrutinCore", swiftSettings: swiftSettings),
        // Reader: results as published (declared figures with their sources and certainty), read from CSV tables.
        .target(name: "ScrutinPublished", dependencies: ["ScrutinCore"], swiftSettings: swiftSettings),
        // Pure functions from core values to report documents, and their renderers (table, JSON, CSV).
        .target(
            name: "ScrutinReports",
            dependencies: ["ScrutinCore", "ScrutinPublished"],
            swiftSettings: swiftSettings
        ),
        // The journal's integrity: canonical encoding, the SHA-256 chain, Ed25519 signatures.
        .target(
            name: "ScrutinJournal",
            dependencies: ["ScrutinCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Adapter: the election file, an append-only journal in SQLite.
        .target(
            name: "ScrutinStore",
            dependencies: [
                "ScrutinCore", "ScrutinJournal", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // Adapter: bundles on disk (read and write).
        .target(name: "ScrutinFileSystem", dependencies: ["ScrutinCore"], swiftSettings: swiftSettings),
        // Deterministic synthetic elections for tests and benchmarks.
        .target(name: "ScrutinSynthetic", dependencies: ["ScrutinCore"], swiftSettings: swiftSettings),
        // The embedded reference data: Mali 2020, copied from shared/data/mali-2020 with its sources.
        .target(
            name: "ScrutinReference",
            dependencies: ["ScrutinCore", "ScrutinPublished"],
            resources: [.copy("Resources/mali-2020")],
            swiftSettings: swiftSettings
        ),
        // One C call the command line makes at start-up (glibc's allocator threshold).
        .target(name: "CScrutinMalloc"),
        // The command-line tool.
        .executableTarget(
            name: "scrutin",
            dependencies: [
                "ScrutinCore", "ScrutinPublished", "ScrutinReports", "ScrutinFileSystem", "ScrutinSynthetic",
                "ScrutinReference", "ScrutinJournal", "ScrutinStore", "CScrutinMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Test helpers: in-memory bundles and fixtures.
        .target(name: "ScrutinTestSupport", dependencies: ["ScrutinCore"], swiftSettings: swiftSettings),

        .testTarget(
            name: "ScrutinCoreTests",
            dependencies: [
                "ScrutinCore", "ScrutinTestSupport", "ScrutinSynthetic", "ScrutinPublished", "ScrutinReference",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScrutinReportsTests",
            dependencies: [
                "ScrutinCore", "ScrutinPublished", "ScrutinReports", "ScrutinTestSupport", "ScrutinReference",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScrutinStoreTests",
            dependencies: [
                "ScrutinCore", "ScrutinJournal", "ScrutinStore", "ScrutinTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScrutinJournalTests",
            dependencies: ["ScrutinCore", "ScrutinJournal"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScrutinSyntheticTests",
            dependencies: ["ScrutinCore", "ScrutinSynthetic", "ScrutinTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScrutinCLITests",
            dependencies: [
                "scrutin", "ScrutinCore", "ScrutinReports", "ScrutinFileSystem", "ScrutinTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
