import Foundation
import GitKit
import OSSRLintKit

/// What one `check` run does, whichever parser read the command line: ArgumentParser (`Check`)
/// or the plain-command-line reader (`init?(plainCommandLine:)`).
struct CheckRequest: Equatable {
    var path = "."
    var source: SnapshotSource = .commit(revision: "HEAD")
    var profile: String?
    var rulesFile: String?
    var destinations: [ReportDestination] = []
    var failOn: FailThreshold = .error
    var colour: ColourChoice = .auto
    var quiet = false
    var timings = false

    /// Neither `--profile` nor `--rules`: the repository's `.ossrlint.yml` or the default profile.
    var usesDefaultProfile: Bool { profile == nil && rulesFile == nil }

    /// The request ArgumentParser parsed.
    init(_ check: OSSRLint.Check) {
        path = check.source.path
        source = check.source.source
        profile = check.ruleOptions.profile
        rulesFile = check.ruleOptions.rules
        destinations = check.format
        failOn = check.failOn
        colour = check.color
        quiet = check.quiet
        timings = check.timings
    }

    init() {}

    /// Lints, writes the reports and ends the process with the documented exit code (0 or 1;
    /// mistakes throw). `snapshot` and `ruleSet` are loads begun at start-up, used when they
    /// were begun for this request's path, source and rule set.
    func run(preloadedSnapshot snapshot: SnapshotPreload? = nil, preloadedRuleSet: RuleSetPreload? = nil) throws -> Never {
        var phases = PhaseClock()
        let preload = preloadedRuleSet ?? LintSetup.preload(profile: profile, rulesFile: rulesFile)
        // Whatever ends the run, the loading threads finish first (see `RuleSetPreload.finish`).
        defer { preload.finish() }
        // While the listing runs on its thread, this one would only wait: when a rule will read
        // the tags (they do not depend on the listing), it reads them through a handle of its own.
        let tags = snapshot != nil && preload.readsTags ? try? Repository.open(at: path).tags() : nil
        let (snapshot, wasPreloaded) = try Session.openSnapshot(path: path, source: source, preloaded: snapshot)
        if let tags { snapshot.useTags(tags) }
        phases.end(wasPreloaded ? "open and list the snapshot (begun at start-up)" : "open and list the snapshot")
        let linter: Linter
        do {
            linter = try LintSetup.linter(for: snapshot, profile: profile, rulesFile: rulesFile, preloaded: preload)
        } catch {
            Terminal.error(error)
            throw ExitCodes.configuration
        }
        phases.end("rule set and configuration ready")
        var times: [(String, Duration)] = []
        let report = linter.lint(snapshot, repositoryPath: path, timing: timings ? { times.append(($0, $1)) } : nil)
        phases.end("run the rules")
        var destinations = destinations
        if destinations.isEmpty, let console = ReportDestination(argument: "console") { destinations = [console] }
        for destination in destinations {
            let text = destination.format.reporter(useColour: destination.path == nil && colour.isOn, quiet: quiet).render(report)
            if let path = destination.path {
                try Session.write(text, to: path, describing: "the \(destination.format.rawValue) report")
            } else {
                Terminal.write(text)
            }
        }
        phases.end("write the reports")
        if timings {
            Terminal.note((phases.lines + ["rules, slowest first:"] + times.sorted { $0.1 > $1.1 }.map { PhaseClock.line($0.0, $0.1) }).joined(separator: "\n"))
        }
        // Everything is written. The process ends here, with the snapshot, the linter and the
        // report still alive: freeing them one by one on the way out took ~2 ms of a 10k-file
        // lint, and the kernel reclaims the memory at once. Threads started for the run have
        // finished; those begun at start-up are waited for.
        preload.finish()
        EarlyStart.finish()
        exit(failOn.fails(report) ? ExitCodes.findings.rawValue : 0)
    }
}
