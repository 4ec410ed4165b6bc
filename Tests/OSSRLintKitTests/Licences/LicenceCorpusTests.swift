import Foundation
import Testing
@testable import OSSRLintKit

/// Issue 19's corpus of our own: every SPDX licence and exception template rendered by
/// `Scripts/licence-corpus.py` into its standard text, reformatted texts that must still be
/// identified as it, and modified texts that must never be called it. Nothing of it is committed;
/// it is generated into a temporary folder on every run.
///
/// A standard or reformatted text is *identified* when the expression is one of its label's
/// `expected` (its equivalence class: identical templates, the -only / -or-later / + / bare ids of
/// a GNU-style family, the expressions that obsolete a deprecated id). A modified text is
/// *rejected* when the expression names none of its label's `must_not` — neither as a whole nor as
/// any id in it, so "MIT AND LicenseRef-…" for an MIT text with a clause inserted in its middle
/// is not a rejection.
///
/// Runtime, debug build on the 2 shared cores (load ~3.5): the generator takes 16–28 s for
/// 8,612 files (819 templates); identifying all of them with main's matcher took 67–107 s, so the
/// default run takes every standard text, every `modifiedStride`-th modified and every
/// `reformattedStride`-th reformatted text of each kind (2,686 files: 22–34 s, 50–55 s in all;
/// inside a full parallel `swift test` under the same load it ran alongside for 225 s).
/// `OSSRLINT_FULL_LICENCE_CORPUS=1` runs all of them (~2.3 min);
/// `OSSRLINT_LICENCE_CORPUS_REPORT=FILE` writes every verdict as a tab-separated line. The
/// per-kind table is printed either way: `swift test --skip-build --filter LicenceCorpusTests`.
@Suite struct LicenceCorpusTests {
    /// One generated file, as `labels.json` lists it.
    struct Label: Decodable, Sendable {
        var file: String
        var kind: String
        var group: String
        var id: String
        var expected: [String]
        var mustNot: [String]

        enum CodingKeys: String, CodingKey {
            case file, kind, group, id, expected
            case mustNot = "must_not"
        }
    }

    /// How one kind fared.
    struct Tally {
        var group = ""
        var passed = 0
        var total = 0
        var failures: [String] = []
    }

    static let modifiedStride = 3
    static let reformattedStride = 6
    static let failuresShownPerKind = 5

    @Test func standardAndReformattedTextsAreIdentifiedAndModifiedOnesRejected() async throws {
        let full = ProcessInfo.processInfo.environment["OSSRLINT_FULL_LICENCE_CORPUS"] == "1"
        let folder = Self.scratchFolder.appendingPathComponent("licence-corpus-\(UUID().uuidString)")
        defer { Self.remove(folder) }
        let clock = ContinuousClock()
        let started = clock.now
        let labels = try Self.generate(into: folder)
        let generated = clock.now
        try #require(labels.count > 5_000, "the generator wrote only \(labels.count) files")
        let index = try LicenceIndex.shared.get()

        let chosen = full ? labels : Self.subset(of: labels)
        let expressions = try await Self.identify(chosen, in: folder, with: index)

        var tallies: [String: Tally] = [:]
        var kinds: [String] = []
        for (label, expression) in zip(chosen, expressions) {
            let passed = label.group == "modified" ? Self.isRejection(expression, of: label) : Self.isIdentification(expression, of: label)
            if tallies[label.kind] == nil { kinds.append(label.kind) }
            var tally = tallies[label.kind, default: Tally(group: label.group)]
            tally.total += 1
            if passed {
                tally.passed += 1
            } else if tally.failures.count < Self.failuresShownPerKind {
                tally.failures.append("\(label.file) → \(expression ?? "nil")")
            }
            tallies[label.kind] = tally
        }
        print(Self.table(kinds: kinds, tallies: tallies, full: full))
        if let report = ProcessInfo.processInfo.environment["OSSRLINT_LICENCE_CORPUS_REPORT"] {
            // Every verdict, one line each, for a developer comparing two matchers.
            let lines = zip(chosen, expressions).map { label, expression in
                let passed = label.group == "modified" ? Self.isRejection(expression, of: label) : Self.isIdentification(expression, of: label)
                return [label.file, label.kind, label.group, label.id, passed ? "pass" : "FAIL", expression ?? "nil"].joined(separator: "\t")
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
        print("generated \(labels.count) files in \(generated - started), identified \(tallies.values.reduce(0) { $0 + $1.total }) in \(clock.now - generated)")

        let modified = tallies.values.filter { $0.group == "modified" }
        let rejected = modified.reduce(0) { $0 + $1.passed }, modifiedTotal = modified.reduce(0) { $0 + $1.total }
        let kept = tallies.values.filter { $0.group != "modified" }
        let identified = kept.reduce(0) { $0 + $1.passed }, keptTotal = kept.reduce(0) { $0 + $1.total }
        // Issue 19's goals: every modified text rejected, 99 % of the others identified. On
        // 2026-12-06 the full corpus gave 3,416 of 3,416 modified texts rejected and 5,170 of
        // 5,196 others identified (99.5 %), the default run 1,138 of 1,138 and 1,540 of 1,548.
        // The misses are 4 templates, in every format: CC-BY-ND-4.0 and CC-BY-SA-4.0, whose
        // empty `ccLicensed` <alt> does not match its own pattern (an SPDX data defect: the
        // rendered text lacks the "CC-licensed" the pattern requires), and the deprecated
        // GPL-2.0-with-bison-exception and wxWindows, whose templates hold only the exception's
        // text and are identified as that exception. The floor on misses is what was measured,
        // so that a matcher that does worse fails.
        #expect(rejected == modifiedTotal, "modified texts rejected: \(rejected) of \(modifiedTotal)")
        #expect(identified * 100 >= keptTotal * 99, "standard and reformatted texts identified: \(identified) of \(keptTotal)")
        let missed = keptTotal - identified
        #expect(missed <= (full ? 26 : 8), "standard and reformatted texts identified: \(identified) of \(keptTotal), \(missed) missed")
    }

    /// Every standard text, and of each other kind every `stride`-th file, starting at an offset
    /// that differs by kind so that the kinds sample different licences.
    static func subset(of labels: [Label]) -> [Label] {
        var seen: [String: Int] = [:]
        var offsets: [String: Int] = [:]
        return labels.filter { label in
            let stride = switch label.group {
            case "standard": 1
            case "modified": modifiedStride
            default: reformattedStride
            }
            let offset = offsets[label.kind] ?? {
                let next = offsets.count % stride
                offsets[label.kind] = next
                return next
            }()
            defer { seen[label.kind, default: 0] += 1 }
            return seen[label.kind, default: 0] % stride == offset
        }
    }

    /// The expression for each labelled file, in order; the files are shared out over the cores
    /// because a debug build spends ~12 ms on a text.
    static func identify(_ labels: [Label], in folder: URL, with index: LicenceIndex) async throws -> [String?] {
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: [(Int, String?)].self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    try stride(from: lane, to: labels.count, by: lanes).map { position in
                        let text = try String(contentsOf: folder.appendingPathComponent(labels[position].file), encoding: .utf8)
                        return (position, index.identify(text).expression)
                    }
                }
            }
            var expressions = [String?](repeating: nil, count: labels.count)
            for try await results in group {
                for (position, expression) in results { expressions[position] = expression }
            }
            return expressions
        }
    }

    /// Memory-backed when the machine has /dev/shm: on this project's shared disk, unlinking the
    /// corpus's 8,612 files once written back took ~30 s, longer than the identification itself.
    static var scratchFolder: URL {
        let shm = URL(fileURLWithPath: "/dev/shm")
        return FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
    }

    /// `rm -rf`: Foundation's removeItem is several times slower on Linux for thousands of files.
    static func remove(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rm", "-rf", folder.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Runs the generator; its own summary goes to the test's output.
    static func generate(into folder: URL) throws -> [Label] {
        let root = LicenceFixtures.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/licence-corpus.py").path,
                             LicenceFixtures.sharedFolder.path, folder.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "Scripts/licence-corpus.py failed")
        let data = try Data(contentsOf: folder.appendingPathComponent("labels.json"))
        return try JSONDecoder().decode([Label].self, from: data)
    }

    static func isIdentification(_ expression: String?, of label: Label) -> Bool {
        guard let expression else { return false }
        return label.expected.contains(expression)
    }

    /// No id the text must not be called appears in the expression, alone or combined.
    static func isRejection(_ expression: String?, of label: Label) -> Bool {
        guard let expression else { return true }
        if label.mustNot.contains(expression) { return false }
        let ids = expression.split { $0 == " " || $0 == "(" || $0 == ")" }.map(String.init)
            .filter { !["AND", "OR", "WITH"].contains($0) }
        return !ids.contains { label.mustNot.contains($0) }
    }

    static func table(kinds: [String], tallies: [String: Tally], full: Bool) -> String {
        let groups = ["standard", "reformatted", "modified"]
        let ordered = kinds.sorted { (groups.firstIndex(of: tallies[$0]?.group ?? "") ?? 3, kinds.firstIndex(of: $0) ?? 0)
            < (groups.firstIndex(of: tallies[$1]?.group ?? "") ?? 3, kinds.firstIndex(of: $1) ?? 0) }
        var lines = ["licence corpus (\(full ? "full" : "every standard text, every \(modifiedStride)rd modified and every \(reformattedStride)th reformatted one of each kind; OSSRLINT_FULL_LICENCE_CORPUS=1 for all")):",
                     "kind                 group        passed / total  (modified: passed = rejected)"]
        func row(_ name: String, _ group: String, _ passed: Int, _ total: Int) -> String {
            "\(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(group.padding(toLength: 12, withPad: " ", startingAt: 0)) \(passed) / \(total)"
        }
        for kind in ordered {
            guard let tally = tallies[kind] else { continue }
            lines.append(row(kind, tally.group, tally.passed, tally.total))
        }
        for group in groups {
            let members = tallies.values.filter { $0.group == group }
            lines.append(row("all " + group, group, members.reduce(0) { $0 + $1.passed }, members.reduce(0) { $0 + $1.total }))
        }
        for kind in ordered {
            guard let tally = tallies[kind], !tally.failures.isEmpty else { continue }
            lines.append("first failures, \(kind):")
            lines += tally.failures.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
