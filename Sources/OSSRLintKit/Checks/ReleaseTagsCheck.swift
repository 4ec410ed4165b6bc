import GitKit

/// Examines release tags (SemVer, `vX.Y`, PEP 440, CalVer): whether one exists, whether the
/// latest release of the linted commit follows SemVer, and whether the highest release is on
/// a branch the linted commit cannot reach. "Latest" is the highest version in the commit's
/// history, an outlier set aside (`LatestReleaseChoice`), never string order: `v2.1` is above
/// `v2.0.1`.
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
        OptionHelp("require", "'release' (default): a release tag exists; 'semver': the latest release is vX.Y.Z; 'reachable': the highest release is in the linted commit's history, or was tagged after it, not on another branch"),
    ]
    public static let examples = [
        CheckExample("a release tag", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .pass),
        CheckExample("only a non-version tag", files: ["a": "x\n"], tags: ["nightly"], expected: .fail),
        CheckExample("latest by version order is two-part", options: "{require: semver}", files: ["a": "x\n"], tags: ["v2.0.1", "v2.1"], expected: .fail),
        CheckExample("SemVer release", options: "{require: semver}", files: ["a": "x\n"], tags: ["v1.2.3", "v1.10.0"], expected: .pass),
        CheckExample("the latest release is on the linted commit", options: "{require: reachable}", files: ["a": "x\n"], tags: ["v1.0.0"], expected: .pass),
        CheckExample("the latest release is three commits back", options: "{require: reachable}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", at: .behind(3))], expected: .pass),
        CheckExample("the latest release is on another branch", options: "{require: reachable}", files: ["a": "x\n"], tags: [ExampleTag("v1.0.0", at: .behind(2)), ExampleTag("v1.1.0", at: .elsewhere)], expected: .fail),
        CheckExample("an older state, released later", options: "{require: reachable}", files: ["a": "x\n"], tags: [ExampleTag("v0.4.0"), ExampleTag("v0.5.0", at: .ahead(40))], revision: "v0.4.0", expected: .pass),
        CheckExample("a mistyped old version is not the latest release", options: "{require: semver}", files: ["a": "x\n"],
                     tags: [ExampleTag("0.21", at: .behind(626)), ExampleTag("v0.6.5", at: .behind(2))], expected: .pass),
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

    public var needs: FactNeeds { requirement == .release ? .tagNames : .releases }

    public var scope: PathScope { .none }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let tags: [TagFacts]
        let finals: [TagFacts]
        let latest: (tag: TagFacts, version: ReleaseVersion)?
        let highest: (tag: TagFacts, version: ReleaseVersion)?
        do {
            tags = try facts.tags()
            finals = try facts.finalReleaseTags()
            latest = try facts.latestRelease()
            highest = try facts.highestRelease()
        } catch {
            return error.outcome
        }
        guard let highest else {
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
        func evidence(_ release: (tag: TagFacts, version: ReleaseVersion)) -> [Evidence] {
            var items = [Evidence.tag(release.tag.name, "\(release.tag.isAnnotated ? "annotated" : "lightweight"), \(release.version.scheme.rawValue)")]
            if let reason = release.tag.latestReleaseReason { items.append(.value(reason, "why not another tag")) }
            return items
        }
        switch requirement {
        case .release:
            let shown = latest ?? highest
            return .pass("latest release is '\(shown.tag.name)' (\(finals.count) final release\(finals.count == 1 ? "" : "s"))", evidence: evidence(shown))
        case .semver:
            guard let latest else { return .notApplicable("no final release is in the linted commit's history") }
            if latest.version.isSemVer { return .pass("latest release '\(latest.tag.name)' follows SemVer", evidence: evidence(latest)) }
            return .fail("latest release '\(latest.tag.name)' is not SemVer vMAJOR.MINOR.PATCH", evidence: evidence(latest))
        case .reachable:
            guard let head = facts.commit else { return .notApplicable("there is no commit to compare with") }
            let tag = highest.tag
            switch tag.relation {
            case .ancestor(let since)?:
                return .pass("'\(tag.name)' is reachable from \(head.id.short) (\(since) commit\(since == 1 ? "" : "s") since)", evidence: evidence(highest))
            case .descendant?:
                return .pass("'\(tag.name)' was tagged after the linted commit \(head.id.short), which is in its history", evidence: evidence(highest))
            case .notAncestor?:
                return .fail("the highest release '\(tag.name)' is on another branch: neither in the history of the linted commit \(head.id.short) nor after it; merge the release branch back", evidence: evidence(highest))
            case .unknown(let reason)?:
                return .error(reason, evidence: evidence(highest))
            case nil:
                return .error("internal error: the history of '\(tag.name)' was not collected", evidence: evidence(highest))
            }
        }
    }
}
