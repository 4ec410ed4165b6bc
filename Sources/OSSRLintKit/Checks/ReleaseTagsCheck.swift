import GitKit

/// Examines release tags (SemVer, `vX.Y`, PEP 440, CalVer): whether one exists, whether the
/// latest final release follows SemVer, and whether it is reachable from the linted commit.
/// "Latest" is by version order, never by date or string order: `v2.1` is above `v2.0.1`.
///
/// ```yaml
/// check: release-tags
/// options: { require: semver }
/// ```
public struct ReleaseTagsCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var require: String?
    }

    public static let id = "release-tags"
    public static let summary = "Release tags exist, follow SemVer, and the latest is reachable from the linted commit."
    public static let optionsHelp = [
        OptionHelp("require", "'release' (default): a release tag exists; 'semver': the latest final release is vX.Y.Z; 'reachable': the latest final release is an ancestor of the linted commit"),
    ]
    public static let examples = [
        CheckExample("a release tag", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .pass),
        CheckExample("only a non-version tag", files: ["a": "x\n"], tags: ["nightly"], expected: .fail),
        CheckExample("latest by version order is two-part", options: "{require: semver}", files: ["a": "x\n"], tags: ["v2.0.1", "v2.1"], expected: .fail),
        CheckExample("SemVer release", options: "{require: semver}", files: ["a": "x\n"], tags: ["v1.2.3", "v1.10.0"], expected: .pass),
        CheckExample("the latest release is on the linted commit", options: "{require: reachable}", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .pass),
        CheckExample("the latest release is three commits back", options: "{require: reachable}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", at: .behind(3))], expected: .pass),
        CheckExample("the latest release is on another branch", options: "{require: reachable}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", at: .behind(2)), ExampleTag("v1.1.0", at: .elsewhere)], expected: .fail),
        CheckExample("no release to check", options: "{require: semver}", files: ["a": "x\n"], expected: .notApplicable),
    ]

    enum Requirement: String {
        case release, semver, reachable
    }

    let requirement: Requirement

    public init(options: Options) throws(CheckOptionsError) {
        guard let requirement = Requirement(rawValue: options.require ?? "release") else {
            throw CheckOptionsError("'require' must be 'release', 'semver' or 'reachable', not '\(options.require ?? "")'")
        }
        self.requirement = requirement
    }

    public var needs: FactNeeds { requirement == .reachable ? .releases : .tagNames }

    public var scope: PathScope { .none }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let tags: [TagFacts]
        let finals: [(tag: TagFacts, version: ReleaseVersion)]
        do {
            tags = try facts.tags()
            finals = tags.compactMap { tag in tag.isFinalRelease ? tag.version.map { (tag, $0) } : nil }
        } catch {
            return error.outcome
        }
        guard let latest = finals.max(by: { $0.1 < $1.1 }) else {
            switch requirement {
            case .release:
                let detail = tags.isEmpty ? "the repository has no tags"
                    : tags.count == 1 ? "its one tag is not a release version of a commit (e.g. v1.0.0)"
                    : "none of \(tags.count) tags is a release version of a commit (e.g. v1.0.0)"
                return .fail(detail, evidence: tags.prefix(10).map { tag in
                    .tag(tag.name, tag.version == nil ? "not a version" : tag.commit == nil ? "points at no commit (a blob, a tree or a missing object)" : "a pre-release")
                })
            case .semver, .reachable:
                return .notApplicable("there is no final release tag to examine")
            }
        }
        let tag = latest.0
        let evidence = Evidence.tag(tag.name, "\(tag.isAnnotated ? "annotated" : "lightweight"), \(latest.1.scheme.rawValue)")
        switch requirement {
        case .release:
            return .pass("latest release is '\(tag.name)' (\(finals.count) final release\(finals.count == 1 ? "" : "s"))", evidence: [evidence])
        case .semver:
            if latest.1.isSemVer { return .pass("latest release '\(tag.name)' follows SemVer", evidence: [evidence]) }
            return .fail("latest release '\(tag.name)' is not SemVer vMAJOR.MINOR.PATCH", evidence: [evidence])
        case .reachable:
            guard let head = facts.commit else { return .notApplicable("there is no commit to compare with") }
            switch tag.relation {
            case .ancestor(let since)?:
                return .pass("'\(tag.name)' is reachable from \(head.id.short) (\(since) commit\(since == 1 ? "" : "s") since)", evidence: [evidence])
            case .notAncestor?:
                return .fail("latest release '\(tag.name)' is not reachable from the linted commit \(head.id.short) (tagged on another branch?)", evidence: [evidence])
            case .unknown(let reason)?:
                return .error(reason, evidence: [evidence])
            case nil:
                return .error("internal error: the history of '\(tag.name)' was not collected", evidence: [evidence])
            }
        }
    }
}
