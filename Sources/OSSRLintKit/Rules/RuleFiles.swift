import Foundation

/// Where a rule file named by path is read from, and how a path written inside a rule file
/// (`extends: ../base.yml`) is found from it.
///
/// Two places, and why: a rule file given on the command line is the user's choice and is read
/// from disk; a profile or `extends` named by a repository's own `.ossrlint.yml` is content of
/// the linted revision — in CI, anyone's change — so it is read from that revision's git
/// objects and can never name a file of the machine running the lint (`/proc/self/environ`).
public struct RuleFiles {
    /// The file's text.
    public var read: (String) throws -> String
    /// The path `reference` names when written in the file at `writtenIn` (nil: on the
    /// command line), or a refusal saying why it may not be used.
    public var locate: (_ reference: String, _ writtenIn: String?) throws(RuleFileRefusal) -> String

    public init(read: @escaping (String) throws -> String, locate: @escaping (String, String?) throws(RuleFileRefusal) -> String) {
        self.read = read
        self.locate = locate
    }

    /// Files on disk; a relative path written in a rule file is relative to that file's folder.
    public static var disk: RuleFiles {
        RuleFiles(
        read: { try String(contentsOfFile: $0, encoding: .utf8) },
        locate: { reference, writtenIn in
            guard let writtenIn else { return reference }
            return URL(fileURLWithPath: reference, relativeTo: URL(fileURLWithPath: writtenIn).deletingLastPathComponent()).path
        })
    }

    /// Files of a revision, by path from its root, read with `read`. A path is resolved without
    /// touching any file system: relative to the file it is written in, `.` and `..` folded;
    /// an absolute path, a `~` path or one that climbs above the root is refused.
    public static func revision(read: @escaping (String) throws -> String) -> RuleFiles {
        RuleFiles(read: read, locate: { reference, writtenIn throws(RuleFileRefusal) in
            try revisionPath(reference, writtenIn: writtenIn)
        })
    }

    /// `reference` as a path from the revision's root.
    static func revisionPath(_ reference: String, writtenIn: String?) throws(RuleFileRefusal) -> String {
        guard !reference.hasPrefix("/"), !reference.hasPrefix("~") else {
            throw RuleFileRefusal("'\(reference)' is outside the repository: a repository's configuration may name shipped profiles (\(ShippedRuleSets.names.joined(separator: ", "))) or rule files inside the repository, by a path from its root")
        }
        var components = (writtenIn ?? "").split(separator: "/").dropLast().map(String.init)
        for component in reference.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    throw RuleFileRefusal("'\(reference)' climbs above the repository's root: a repository's configuration may name only files inside the repository")
                }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}

/// A rule file reference that may not be followed, and why (a sentence for people).
public struct RuleFileRefusal: Error, Sendable, Hashable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
