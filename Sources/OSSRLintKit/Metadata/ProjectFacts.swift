import Foundation

/// Plain facts about a repository, gathered by the caller (from git and the file tree), from
/// which ``CodeMetaDraft`` writes a first codemeta.json.
public struct ProjectFacts: Sendable, Hashable {
    /// A commit author and how many commits they made.
    public struct Author: Sendable, Hashable {
        public var name: String
        public var email: String?
        public var commitCount: Int

        public init(name: String, email: String? = nil, commitCount: Int = 1) {
            self.name = name
            self.email = email
            self.commitCount = commitCount
        }
    }

    /// The project name, usually the repository's folder or remote name.
    public var name: String
    /// The README's path relative to the root (`README.md`), if there is one.
    public var readmePath: String?
    /// The README's text; its first prose paragraph becomes the description.
    public var readmeText: String?
    /// The licence as an SPDX expression (`MIT`, `MIT OR Apache-2.0`), if detected.
    public var licenseExpression: String?
    /// The latest release tag's name and the date it points at.
    public var latestTag: String?
    public var latestTagDate: Date?
    /// Commit authors; bots are left out of the draft.
    public var authors: [Author]
    /// The `origin` remote URL in any git spelling (`git@host:group/project.git` too).
    public var remoteURL: String?
    /// How many files have each extension (lower-case, without the dot).
    public var fileCountsByExtension: [String: Int]

    public init(
        name: String, readmePath: String? = nil, readmeText: String? = nil, licenseExpression: String? = nil,
        latestTag: String? = nil, latestTagDate: Date? = nil, authors: [Author] = [], remoteURL: String? = nil,
        fileCountsByExtension: [String: Int] = [:]
    ) {
        self.name = name
        self.readmePath = readmePath
        self.readmeText = readmeText
        self.licenseExpression = licenseExpression
        self.latestTag = latestTag
        self.latestTagDate = latestTagDate
        self.authors = authors
        self.remoteURL = remoteURL
        self.fileCountsByExtension = fileCountsByExtension
    }
}
