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
    public static let readsManyObjects = true
    public static let readsTags = true
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

    public func evaluate(in context: CheckContext) -> CheckOutcome {
        let tags: [TagInfo]
        let finals: [(tag: TagInfo, version: ReleaseVersion)]
        do {
            tags = try context.tags()
            finals = try context.finalReleaseTags()
        } catch {
            return .error(error.description)
        }
        guard let latest = finals.max(by: { $0.1 < $1.1 }) else {
            switch requirement {
            case .release:
                let detail = tags.isEmpty ? "the repository has no tags" : "none of \(tags.count) tags is a release version (e.g. v1.0.0)"
                return .fail(detail, evidence: tags.prefix(10).map { .tag($0.name, "not a version") })
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
            guard let head = context.snapshot.commit else { return .notApplicable("there is no commit to compare with") }
            guard let target = tag.commit else { return .fail("tag '\(tag.name)' does not point at a commit", evidence: [evidence]) }
            do {
                if try context.snapshot.repository.isAncestor(target, of: head.id) {
                    let since = try context.snapshot.repository.commitCount(from: target, to: head.id)
                    return .pass("'\(tag.name)' is reachable from \(head.id.short) (\(since) commit\(since == 1 ? "" : "s") since)", evidence: [evidence])
                }
                return .fail("latest release '\(tag.name)' is not reachable from the linted commit \(head.id.short) (tagged on another branch?)", evidence: [evidence])
            } catch {
                return .error(error.description, evidence: [evidence])
            }
        }
    }
}
