#!/bin/sh
# Measures licence index load time and identification time per file in a release build.
# Usage: Scripts/bench-licences.sh   (from the package root; needs ../shared)
# It builds a throw-away executable package in a temporary folder that depends on this package
# by path and calls LicenceBenchmark.run with every choosealicense reference text.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/../shared" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/bench"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "bench", dependencies: [.product(name: "OSSRLintKit", package: "$(basename "$root")")])]
)
SWIFT
cat > "$work/Sources/bench/main.swift" <<SWIFT
import Foundation
import OSSRLintKit
let folder = URL(fileURLWithPath: "$shared/license-data/choosealicense")
var texts: [(label: String, text: String)] = []
for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
    let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let body = raw.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
    texts.append((String(name.dropLast(4)), body))
}
texts.append(("readme (not a licence)", String(repeating: "Widget reduces telescope images. Install it with pip and run it.\n", count: 40)))
let report = try LicenceBenchmark.run(texts: texts, runs: 30)
print(report)
let total = report.identifyMilliseconds.map(\.milliseconds)
print(String(format: "identify: median %.3f ms, max %.3f ms over %d texts", total.sorted()[total.count / 2], total.max() ?? 0, total.count))
SWIFT
cd "$work" && swift build -c release --scratch-path "$root/.build/bench" >&2 && "$root/.build/bench/release/bench"
