// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OSSRLint",
    // No `platforms:`: the package builds on Linux against Debian's libgit2, which that list
    // cannot name, and nothing else is built or tested, so nothing else is claimed.
    products: [
        .executable(name: "ossrlint", targets: ["ossrlint"]),
        .library(name: "OSSRLintKit", targets: ["OSSRLintKit"]),
        .library(name: "GitKit", targets: ["GitKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libgit2, linked as a shared library; pkg-config supplies its include and library paths
        // wherever the system put them. Only GitKit imports it.
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        // zlib, which libgit2-dev already requires: GitKit inflates packed blobs itself
        // (`PackedObjects` says why).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "GitKit", dependencies: ["CLibGit2", "CZlib"]),
        .target(
            name: "OSSRLintKit",
            dependencies: [
                "GitKit",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "ossrlint",
            dependencies: [
                "OSSRLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures shared by the test targets: temporary git repositories, running programs, the package root.
        .target(name: "TestSupport", dependencies: [], path: "Tests/TestSupport"),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "TestSupport"]),
        .testTarget(
            name: "OSSRLintKitTests",
            dependencies: ["OSSRLintKit", "GitKit", "TestSupport"],
            // Golden and fixture files are read from the source tree by path, not bundled.
            exclude: ["Reporters/Golden", "Metadata/Fixtures"]
        ),
        // Runs the built `ossrlint` as a user does (the dependency builds it first).
        .testTarget(name: "ossrlintTests", dependencies: ["ossrlint", "OSSRLintKit", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
