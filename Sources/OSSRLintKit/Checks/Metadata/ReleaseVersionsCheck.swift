import Foundation
import GitKit

/// Compares releases with what the repository declares. `consistent`: every declared version
/// (codemeta, CITATION.cff, .zenodo.json, pyproject, setup.cfg, package.json, Cargo.toml,
/// DESCRIPTION) equals the latest final release tag — or, when a tag itself is linted
/// (`--rev v1.2.3`, the release gate), that tag, with placeholders refused; off the gate, a
/// version ahead of the latest release is development towards the next one. "Latest" is the
/// linted commit's (`LatestReleaseChoice`). `annotated`: the latest release is an annotated
/// tag. `released`: no commits since the latest release.
///
/// ```yaml
/// check: release-versions
/// options: { require: consistent }
/// ```
public struct ReleaseVersionsCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var require: String
    }

    public static let id = "release-versions"
    public static let summary = "Declared versions agree with the release tags; the latest release is annotated and current."
    public static let optionsHelp = [
        OptionHelp("require", "'consistent' (declared versions equal the release), 'annotated' (the latest release tag is annotated) or 'released' (no commits since the latest release)"),
    ]
    public static let examples = [
        CheckExample("codemeta says the tag's version", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"2.1\"}"], tags: ["v2.0.1", "v2.1"], expected: .pass),
        CheckExample("codemeta is one release behind", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"v2.0\"}"], tags: ["v2.0", "v2.1"], expected: .fail),
        CheckExample("a development version after the last release", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"3.0.0a0\"}"],
                     tags: [ExampleTag("v2.0.0", at: .behind(380))], expected: .pass),
        CheckExample("at the tag, the version must be the tag's", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"3.0.0a0\"}"],
                     tags: ["v2.0.0"], revision: "v2.0.0", expected: .fail),
        CheckExample("a mistyped old tag is not the latest release", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"0.6.5\"}"],
                     tags: [ExampleTag("0.21", at: .behind(626)), ExampleTag("v0.6.5", at: .behind(2))], expected: .pass),
        CheckExample("nothing declares a version", options: "{require: consistent}", files: ["README.md": "x\n"], tags: ["v1.0.0"], expected: .notApplicable),
        CheckExample("a lightweight release tag", options: "{require: annotated}", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .fail),
        CheckExample("HEAD is the release", options: "{require: released}", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .pass),
        CheckExample("two commits since the release", options: "{require: released}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", at: .behind(2))], expected: .fail),
        CheckExample("an annotated release tag", options: "{require: annotated}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", annotated: true)], expected: .pass),
        CheckExample("the linted tag is the gate, not a later release", options: "{require: consistent}", files: ["codemeta.json": "{\"version\": \"1.0.0\"}"], tags: ["v1.0.0", ExampleTag("v2.0.0", at: .elsewhere)], revision: "v1.0.0", expected: .pass),
    ]

    enum Requirement: String { case consistent, annotated, released }

    let requirement: Requirement

    /// The files that declare versions, at the root.
    static let declarations = (try? PathPatterns(DeclaredVersions.sourceFiles, ignoreCase: false, anyDepth: false, exclude: []))
        .map { FactNeeds.files($0).union(MetadataFileCheck.need("CITATION.cff", asYAML: true)).union(.releases) } ?? .releases

    public var needs: FactNeeds { requirement == .consistent ? Self.declarations : .releases }

    public var scope: PathScope { requirement == .consistent ? .root : .none }

    public init(options: Options) throws(CheckOptionsError) {
        guard let requirement = Requirement(rawValue: options.require) else {
            throw CheckOptionsError("'require' must be 'consistent', 'annotated' or 'released', not '\(options.require)'")
        }
        self.requirement = requirement
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let releases: [(tag: TagFacts, version: ReleaseVersion)]
        do { releases = try facts.finalReleases() } catch { return error.outcome }
        let gate = facts.lintedTagName.flatMap { name in releases.first { $0.tag.name == name } }
        var latest = gate
        if latest == nil {
            do { latest = try facts.latestRelease() } catch { return error.outcome }
        }
        switch requirement {
        case .consistent: return consistency(in: facts, release: latest, isGate: gate != nil)
        case .annotated:
            guard let latest else { return .notApplicable("there is no final release tag") }
            let evidence = [Evidence.tag(latest.tag.name, latest.tag.isAnnotated ? "annotated" : "lightweight")]
            if latest.tag.isAnnotated { return .pass("release '\(latest.tag.name)' is an annotated tag", evidence: evidence) }
            return .fail("release '\(latest.tag.name)' is a lightweight tag; annotated tags record who released it and when", evidence: evidence)
        case .released:
            guard let latest, latest.tag.commit != nil, facts.commit != nil else { return .notApplicable("there is no final release tag") }
            switch latest.tag.relation {
            case .ancestor(let count)?:
                let evidence = [Evidence.tag(latest.tag.name, "\(count) commit\(count == 1 ? "" : "s") since")]
                if count == 0 { return .pass("the linted commit is release '\(latest.tag.name)'", evidence: evidence) }
                return .fail("\(count) commit\(count == 1 ? "" : "s") since release '\(latest.tag.name)' \(count == 1 ? "is" : "are") not released yet", evidence: evidence)
            case .notAncestor?, .descendant?:
                return .notApplicable("release '\(latest.tag.name)' is not an ancestor of the linted commit", evidence: [.tag(latest.tag.name)])
            case .unknown(let reason)?:
                return .error(reason)
            case nil:
                return .error("internal error: the history of '\(latest.tag.name)' was not collected")
            }
        }
    }

    private func consistency(in facts: RevisionFacts, release: (tag: TagFacts, version: ReleaseVersion)?, isGate: Bool) -> CheckOutcome {
        var files: [String: Data] = [:]
        var citation: YAMLDocument?
        for name in DeclaredVersions.sourceFiles {
            guard let entry = MetadataFileCheck.entry(name, in: facts) else { continue }
            do {
                files[name] = try facts.data(of: entry)
                if name == "CITATION.cff" { citation = try facts.yamlDocument(of: entry) }
            } catch { return error.outcome }
        }
        let declared = DeclaredVersions.extract(files: files, citation: citation)
        guard !declared.isEmpty else { return .notApplicable("no file declares a version") }
        let evidence = { (mismatches: [VersionMismatch]) in
            mismatches.map { Evidence.path($0.declared.path, $0.message, line: $0.declared.line) }
        }
        guard let release else {
            let problems = DeclaredVersions.inconsistencies(declared)
            if problems.isEmpty { return .pass("\(declared.count) declared version\(declared.count == 1 ? "" : "s") agree (no release tag yet)", evidence: declared.map { .path($0.path, "\($0.key) = \($0.value)", line: $0.line) }) }
            return .fail(problems[0].message, evidence: evidence(problems))
        }
        let mismatches = DeclaredVersions.mismatches(declared, release: release.version)
        // Between releases a branch declares the version it works towards (3.0.0a0 after
        // 2.0.0): normal, as long as the files agree. At the release gate they must match.
        let ahead = mismatches.filter { mismatch in mismatch.agreement == .different && mismatch.declared.version.map { release.version < $0 } == true }
        if !isGate, !mismatches.isEmpty, ahead.count == mismatches.count, ahead.count == declared.count,
           DeclaredVersions.inconsistencies(declared).isEmpty, let first = ahead.first {
            return .pass("\(first.declared.source) declares '\(first.declared.value)', ahead of the latest release '\(release.tag.name)': development towards the next release (at its tag the versions must match)",
                         evidence: [.tag(release.tag.name, "the latest release")] + declared.map { .path($0.path, "\($0.key) = \($0.value)", line: $0.line) })
        }
        if mismatches.isEmpty {
            return .pass("every declared version matches \(isGate ? "the linted tag" : "the latest release") '\(release.tag.name)'", evidence: [.tag(release.tag.name)] + declared.map { .path($0.path, "\($0.key) = \($0.value)", line: $0.line) })
        }
        let subject = isGate ? "the linted release tag" : "the latest release"
        let message = mismatches.count == 1 ? mismatches[0].message : "\(mismatches.count) declared versions differ from \(subject) '\(release.tag.name)'; first: \(mismatches[0].message)"
        return .fail(message, evidence: [.tag(release.tag.name, subject)] + evidence(mismatches))
    }
}
