import ArgumentParser
import GitKit
import Testing
@testable import ossrlint

/// `CheckRequest(plainCommandLine:)` reads `check` command lines without ArgumentParser. Whatever
/// it reads, ArgumentParser must read the same way; what it declines, ArgumentParser parses.
/// Serialized: ArgumentParser's parsing is not safe to run on several threads at once (it
/// crashed with an index out of range in `NameSpecification` when it was).
@Suite(.serialized) struct PlainCommandLineTests {
    /// What ArgumentParser makes of `arguments`: the `check` request, or nil when it parses
    /// another command or rejects the line.
    private static func parsedByArgumentParser(_ arguments: [String]) -> CheckRequest? {
        guard let command = try? OSSRLint.parseAsRoot(arguments) as? OSSRLint.Check else { return nil }
        return CheckRequest(command)
    }

    /// The command lines CI jobs, hooks and the benchmark run, and one of each option.
    static let everydayCommandLines: [[String]] = [
        [], ["check"], ["."], ["check", "."], ["check", "/srv/mirrors/project.git"],
        ["check", "--staged", "--quiet"], ["--staged", "--quiet"], ["check", "--worktree"],
        ["check", "--rev", "v1.0.0", "project.git", "--format", "junit=report.xml"],
        ["check", "--rev=main~2"], ["--format", "json"], ["check", "repo", "--format", "json"],
        ["check", "--format=junit=out.xml", "--format", "markdown=comment.md", "--format", "json"],
        ["check", "--fail-on", "warning"], ["check", "--fail-on=never"], ["check", "--color", "always"],
        ["check", "--color=never", "--timings"], ["check", "--profile", "ossr"], ["check", "--rules", "rules.yml"],
        ["check", "--profile=ossr", "."],
    ]

    @Test(arguments: everydayCommandLines)
    func everydayCommandLinesAreReadWithoutArgumentParser(_ arguments: [String]) throws {
        let plain = try #require(CheckRequest(plainCommandLine: arguments), "declined: \(arguments)")
        #expect(plain == Self.parsedByArgumentParser(arguments), "\(arguments)")
    }

    @Test func whatEachOptionSets() throws {
        let request = try #require(CheckRequest(plainCommandLine: [
            "check", "repo.git", "--rev", "v2", "--format", "junit=out.xml", "--format=json", "--fail-on", "info",
            "--color=always", "--quiet", "--timings", "--rules", "mine.yml",
        ]))
        #expect(request.path == "repo.git")
        #expect(request.source == .commit(revision: "v2"))
        #expect(request.destinations.map(\.format) == [.junit, .json])
        #expect(request.destinations.map(\.path) == ["out.xml", nil])
        #expect(request.failOn == .info && request.colour == .always && request.quiet && request.timings)
        #expect(request.rulesFile == "mine.yml" && request.profile == nil && !request.usesDefaultProfile)
        let defaults = try #require(CheckRequest(plainCommandLine: []))
        #expect(defaults == CheckRequest())
        #expect(defaults.path == "." && defaults.source == .commit(revision: "HEAD") && defaults.usesDefaultProfile)
    }

    /// Lines that are not plain: help, other commands, mistakes. ArgumentParser must see them
    /// (for its messages and exit codes), so the reader declines every one.
    static let declinedCommandLines: [[String]] = [
        ["--help"], ["-h"], ["check", "--help"], ["help"], ["help", "check"], ["--version"], ["rules"], ["explain", "x"],
        ["license"], ["codemeta"], ["ls"], ["check", "--generate-completion-script", "bash"], ["--experimental-dump-help"],
        ["check", "-q"], ["check", "--nope"], ["check", "--"], ["check", "--", "path"], ["check", "a", "b"],
        ["check", "--rev"], ["check", "--rev", "--staged"], ["check", "--rev", "v1", "--staged"], ["--staged", "--worktree"],
        ["check", "--profile", "ossr", "--rules", "r.yml"], ["check", "--format", "yaml"], ["check", "--format"], ["check", "--format="], ["check", "--format", "="],
        ["check", "--fail-on", "sometimes"], ["check", "--color", "blue"], ["check", "--quiet=yes"],
        ["check", "--rev", "a", "--rev", "b"], ["check", "--quiet", "--quiet"], ["check", "-"], ["check", "-x"],
    ]

    @Test(arguments: declinedCommandLines)
    func otherCommandLinesAreLeftToArgumentParser(_ arguments: [String]) {
        #expect(CheckRequest(plainCommandLine: arguments) == nil, "\(arguments)")
    }

    /// An empty format (`--format=`, `--format =`) is a usage mistake, not a crash: splitting it
    /// once found no format name at all.
    @Test func anEmptyFormatIsAMistake() {
        for arguments in [["check", "--format="], ["check", "--format", "="], ["--format", "=json"]] {
            #expect(throws: (any Error).self, "\(arguments)") { try OSSRLint.parseAsRoot(arguments) }
        }
        #expect(ReportDestination(argument: "json=")?.path == nil)
        #expect(ReportDestination(argument: "junit=a=b.xml")?.path == "a=b.xml")
    }

    /// Two thousand command lines drawn from the words both readers care about (seeded, so
    /// every run draws the same): wherever the plain reader reads one, ArgumentParser reads the
    /// same request from it.
    @Test func thePlainReaderAgreesWithArgumentParserWhereverItReads() {
        let words = [
            "check", "rules", "help", "explain", ".", "repo", "a b", "=", "-", "--", "-h", "-q", "--help", "--version",
            "--rev", "--rev=v1", "--rev=", "v1", "HEAD~1", "--staged", "--worktree", "--staged=1", "--format", "--format=json",
            "--format=", "json", "junit=out.xml", "markdown=", "console", "yaml", "--fail-on", "--fail-on=info", "warning",
            "never", "bogus", "--color", "--color=auto", "always", "--quiet", "--timings", "--profile", "--profile=ossr",
            "ossr", "--rules", "--rules=r.yml", "r.yml", "--unknown", "-x",
        ]
        var generator = SplitMix64(seed: 0x05_5A_17)
        var read = 0
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 6)
            let arguments = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            guard let plain = CheckRequest(plainCommandLine: arguments) else { continue }
            read += 1
            #expect(plain == Self.parsedByArgumentParser(arguments), "\(arguments)")
        }
        // The draw must exercise the reader, not only its refusals.
        #expect(read > 500, "only \(read) lines were plain")
    }
}

/// A small seeded generator (SplitMix64), so the drawn command lines are the same on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

