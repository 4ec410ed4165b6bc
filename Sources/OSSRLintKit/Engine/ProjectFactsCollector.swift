import Foundation
import GitKit

/// Gathers what a repository already says about itself — name, README, CITATION.cff, Python
/// packaging metadata, latest release, commit authors after `.mailmap`, remote, languages — for
/// `ossrlint codemeta init`. Every file is read from the chosen revision, not the work tree.
public enum ProjectFactsCollector {
    /// Commits read for authorship: enough for any research project's core team, bounded so
    /// that a huge history does not make the draft slow.
    static let historyLimit = 5_000

    /// What `snapshot` says about its project, read through the fact collector (the README,
    /// the metadata files, the tags) and, for the history and the remote, from the repository.
    public static func collect(from snapshot: RepositorySnapshot, licenceExpression: String?, repositoryPath: String) -> ProjectFacts {
        let readmes = (try? PathPatterns(["readme*"], ignoreCase: true, anyDepth: false, exclude: [])).map { FactNeeds.files($0) } ?? .paths
        let metadata = (try? PathPatterns(metadataFiles, ignoreCase: false, anyDepth: false, exclude: [])).map { FactNeeds.files($0) } ?? .paths
        let facts = FactCollector.collect(snapshot, needs: readmes.union(metadata).union(.tagNames))
        let remote = (try? snapshot.repository.remotes())?.first { $0.name == "origin" }?.url
            ?? (try? snapshot.repository.remotes())?.first?.url
        let readme = ReadmeChoice.ranked(facts.rootEntries).first
        let releases = ((try? facts.tags()) ?? []).compactMap { tag in tag.isFinalRelease ? tag.version.map { (tag, $0) } : nil }
        let latest = releases.max { $0.1 < $1.1 }?.0
        func file(_ name: String) -> Data? {
            guard let entry = facts.entry(at: GitPath(name)), entry.kind.hasContent else { return nil }
            return try? facts.data(of: entry)
        }
        let citation = file("CITATION.cff").flatMap(CitationFileFacts.init)
        let packaging = PackagingFacts(pyproject: file("pyproject.toml"), setupConfig: file("setup.cfg"))
        let mailmap = file(".mailmap").map { String(decoding: $0, as: UTF8.self) }

        var extensions: [String: Int] = [:]
        for entry in facts.entries where entry.kind == .file || entry.kind == .executable {
            let name = entry.path.name
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { continue }
            extensions[name[name.index(after: dot)...].lowercased(), default: 0] += 1
        }
        return ProjectFacts(
            name: projectName(remote: remote, path: repositoryPath, gitDirectory: snapshot.repository.facts),
            readmePath: readme?.path.displayName,
            readmeText: readme.flatMap { try? facts.text(of: $0) },
            licenseExpression: licenceExpression,
            latestTag: latest?.name,
            latestTagDate: latest?.date.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            authors: historyAuthors(snapshot, mailmap: mailmap),
            remoteURL: remote,
            fileCountsByExtension: extensions,
            citationAuthors: citation?.authors ?? [],
            citationContacts: citation?.contacts ?? [],
            citationTitle: citation?.title,
            packageName: packaging.name,
            packageDescription: packaging.description,
            packageAuthors: packaging.authors)
    }

    /// The root files whose metadata the draft reads besides the README.
    static let metadataFiles = ["CITATION.cff", "pyproject.toml", "setup.cfg", ".mailmap"]

    /// Commit authors with their commit counts, most commits first: identities mapped through
    /// the revision's `.mailmap` as `git shortlog` does, then one person per e-mail address
    /// and per name (the same person committing from two addresses, or one address used under
    /// two spellings of a name, is one author).
    static func historyAuthors(_ snapshot: RepositorySnapshot, mailmap: String?) -> [ProjectFacts.Author] {
        guard let head = snapshot.commit, let history = try? snapshot.repository.history(from: head.id, limit: historyLimit) else { return [] }
        var counts: [Mailmap.Identity: Int] = [:]
        var order: [Mailmap.Identity] = []
        for commit in history {
            let identity = Mailmap.Identity(name: commit.author.name, email: commit.author.email)
            if counts[identity] == nil { order.append(identity) }
            counts[identity, default: 0] += 1
        }
        let resolved = mailmap.map { Mailmap.resolve(order, mailmap: $0) } ?? order
        var people: [(author: ProjectFacts.Author, keys: Set<String>)] = []
        for (original, identity) in zip(order, resolved) {
            let count = counts[original] ?? 0
            let name = identity.name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var keys: Set<String> = ["name:" + name.lowercased()]
            if !identity.email.isEmpty { keys.insert("email:" + identity.email.lowercased()) }
            if let index = people.firstIndex(where: { !$0.keys.isDisjoint(with: keys) }) {
                // The spelling and address kept are those of the identity with most commits.
                if count > people[index].author.commitCount {
                    people[index].author.name = name
                    people[index].author.email = identity.email.isEmpty ? people[index].author.email : identity.email
                }
                people[index].author.commitCount += count
                people[index].keys.formUnion(keys)
            } else {
                people.append((ProjectFacts.Author(name: name, email: identity.email.isEmpty ? nil : identity.email, commitCount: count), keys))
            }
        }
        return people.map(\.author).sorted { ($0.commitCount, $1.name) > ($1.commitCount, $0.name) }
    }

    /// The remote's last path component, else the work tree's (or bare repository's) folder name.
    static func projectName(remote: String?, path: String, gitDirectory facts: GitKit.RepositoryFacts) -> String {
        if let remote, let last = remote.split(whereSeparator: { $0 == "/" || $0 == ":" }).last {
            let name = last.hasSuffix(".git") ? String(last.dropLast(4)) : String(last)
            if !name.isEmpty { return name }
        }
        let folder = URL(fileURLWithPath: facts.workTree ?? facts.gitDirectory).standardizedFileURL.lastPathComponent
        return folder.hasSuffix(".git") ? String(folder.dropLast(4)) : folder
    }
}
