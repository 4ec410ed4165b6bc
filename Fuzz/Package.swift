// swift-tools-version:6.0
import PackageDescription

// The libFuzzer harnesses, kept out of the root package so that its builds and tests never see
// them. One executable holds every target (FUZZ_TARGET picks one): the sanitised static link
// of libgit2 and OSSRLintKit is the slow step, and it is done once. Built and run by
// Scripts/fuzz.sh with `-sanitize=fuzzer,address`; its `@main` hands over to libFuzzer's
// driver, declared by the CFuzzerDriver module.
let package = Package(
    name: "OSSRLintFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "OSSRLint", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "ossrlint-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "OSSRLintKit", package: "OSSRLint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
