import Foundation
import GitKit

/// Gathers what a repository already says about itself — name, README, latest release, commit
/// authors, remote, languages — for `ossrlint codemeta init`.
public enum ProjectFactsCollector {
    /// Commits read for authorship: enough for any research project's core team, bounded so
    /// that a huge history does not make the draft slow.
    static let historyLimit = 5_000

    /// What `snapshot` says about its project, read through the fact collector (the README,
    /// the tags) and, for authorship and the remote, from the repository itself.
    public static func collect(from snapshot: RepositorySnapshot, licenceExpression: String?, repositoryPath: String) -> ProjectFacts {
        let readmes = (try? PathPatterns(["readme*"], ignoreCase: true, anyDepth: false, exclude: [])).map { FactNeeds.files($0) } ?? .paths
        let facts = FactCollector.collect(snapshot, needs: readmes.union(.tagNames))
        let remote = (try? snapshot.repository.remotes())?.first { $0.name == "origin" }?.url
            ?? (try? snapshot.repository.remotes())?.first?.url
        let readme = ReadmeChoice.ranked(facts.rootEntries).first
        let releases = ((try? facts.tags()) ?? []).compactMap { tag in tag.isFinalRelease ? tag.version.map { (tag, $0) } : nil }
        let latest = releases.max { $0.1 < $1.1 }?.0

        var authors: [String: ProjectFacts.Author] = [:]
        if let head = snapshot.commit, let history = try? snapshot.repository.history(from: head.id, limit: historyLimit) {
            for commit in history {
                let key = commit.author.email.lowercased().isEmpty ? commit.author.name : commit.author.email.lowercased()
                authors[key, default: ProjectFacts.Author(name: commit.author.name, email: commit.author.email, commitCount: 0)].commitCount += 1
            }
        }
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
            authors: authors.values.sorted { ($0.commitCount, $1.name) > ($1.commitCount, $0.name) },
            remoteURL: remote,
            fileCountsByExtension: extensions)
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
