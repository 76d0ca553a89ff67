// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module per stage:
//   Diagnostics  – source locations, diagnostics and their renderers, parallelMap (shared by every stage)
//   Parsing      – YAML (libyaml events → node tree with marks), front matter, Markdown (cmark-gfm)
//   Model        – plain value types: the content model
//   Decoding     – field schemas and decoding of YAML nodes into models, collecting diagnostics
//   Resolving    – cross-file checks: references, uniqueness, ordering → one `Site`
//   Deriving     – what depends on the build date: statuses, listings, taxonomy pages
//   Rendering    – routes, UI strings, dates, view models, Mustache themes → pages
//   Writing      – the output folder, written atomically
//   HirobaKit    – loading a content folder and running the stages in order
//   Serving      – `hiroba serve`: the site in memory over HTTP, file watching, live reload
//   HirobaCLI    – the `hiroba` commands (argument parsing, output formats)
let package = Package(
    name: "Hiroba",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hiroba", targets: ["hiroba"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CMarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "Diagnostics"),
        .target(name: "Parsing", dependencies: ["CYAML", "CMarkGFM", "Diagnostics"]),
        .target(name: "Model"),
        .target(name: "Decoding", dependencies: ["Model", "Parsing", "Diagnostics"]),
        .target(name: "Resolving", dependencies: ["Model", "Decoding", "Parsing", "Diagnostics"]),
        .target(name: "Deriving", dependencies: ["Model"]),
        .target(
            name: "Rendering",
            dependencies: [
                "Model", "Deriving", "Parsing", "Diagnostics",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .target(name: "CSystem"),
        .target(name: "Writing", dependencies: ["Diagnostics", "CSystem"]),
        .target(
            name: "HirobaKit",
            dependencies: ["Model", "Parsing", "Decoding", "Resolving", "Deriving", "Rendering", "Writing", "Diagnostics", "CSystem"]),
        .target(
            name: "Serving",
            dependencies: [
                "HirobaKit", "Diagnostics", "Model", "Rendering",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
        .target(
            name: "HirobaCLI",
            dependencies: [
                "HirobaKit", "Serving", "Diagnostics", "Model", "Decoding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "hiroba", dependencies: ["HirobaCLI"]),
        // What the fuzz harness runs on each input; also replayed by the tests (fuzz/).
        .target(
            name: "FuzzTargets",
            dependencies: ["Diagnostics", "Parsing", "Model", "Decoding", "Rendering", "HirobaKit"],
            path: "Fuzz/FuzzTargets"),
        .testTarget(
            name: "HirobaTests",
            dependencies: [
                "Diagnostics", "Parsing", "Model", "Decoding", "Resolving", "Deriving", "Rendering", "Writing",
                "HirobaKit", "Serving", "HirobaCLI", "FuzzTargets",
            ],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness exists only when HIROBA_FUZZ=1 (scripts/fuzz.sh builds it with
// -sanitize=fuzzer,address, which an ordinary build cannot link).
if Context.environment["HIROBA_FUZZ"] == "1" {
    package.targets += [
        .target(name: "LibFuzzerDriver", path: "Fuzz/LibFuzzerDriver"),
        .executableTarget(
            name: "HirobaFuzz",
            dependencies: ["LibFuzzerDriver", "FuzzTargets"],
            path: "Fuzz/HirobaFuzz"),
    ]
}
