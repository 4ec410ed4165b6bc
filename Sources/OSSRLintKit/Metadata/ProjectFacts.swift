import Foundation

/// Plain facts about a repository, gathered by the caller (from git and the file tree), from
/// which ``CodeMetaDraft`` writes a first codemeta.json.
///
/// Each kind of fact may come from several places; the draft takes the one a person wrote with
/// most care first: CITATION.cff for people, packaging metadata for the name and description,
/// and the commit history only when nothing else names anyone.
public struct ProjectFacts: Sendable, Hashable {
    /// A person (or, with only `name`, an organisation) who made the software.
    public struct Author: Sendable, Hashable {
        /// The name as written: "Ada Lovelace", "Lovelace, Ada", or an organisation's name.
        public var name: String
        public var email: String?
        /// Commits made, for authors taken from the history; 0 elsewhere.
        public var commitCount: Int
        /// Set when the source splits the name itself (CITATION.cff does).
        public var givenName: String?
        /// With its particle ("van Kemenade"), when the source splits the name itself.
        public var familyName: String?
        /// An ORCID iD URL such as `https://orcid.org/0000-0002-1825-0097`.
        public var orcid: String?
        public var affiliation: String?
        /// An organisation (a CITATION.cff entity), not a person.
        public var isOrganization: Bool

        public init(name: String, email: String? = nil, commitCount: Int = 1, givenName: String? = nil, familyName: String? = nil,
                    orcid: String? = nil, affiliation: String? = nil, isOrganization: Bool = false) {
            self.name = name
            self.email = email
            self.commitCount = commitCount
            self.givenName = givenName
            self.familyName = familyName
            self.orcid = orcid
            self.affiliation = affiliation
            self.isOrganization = isOrganization
        }
    }

    /// The repository's own name: the remote's or the folder's, `.git` removed.
    public var name: String
    /// The README's path relative to the root (`README.md`), if there is one.
    public var readmePath: String?
    /// The README's text; its first prose paragraph becomes the description when packaging
    /// metadata has none.
    public var readmeText: String?
    /// The licence as an SPDX expression (`MIT`, `MIT OR Apache-2.0`), if detected.
    public var licenseExpression: String?
    /// The latest release tag's name and the date it points at.
    public var latestTag: String?
    public var latestTagDate: Date?
    /// Commit authors after `.mailmap`, one per person; bots are left out of the draft.
    public var authors: [Author]
    /// The `origin` remote URL in any git spelling (`git@host:group/project.git` too).
    public var remoteURL: String?
    /// How many files have each extension (lower-case, without the dot).
    public var fileCountsByExtension: [String: Int]
    /// CITATION.cff's authors, in its order, with their ORCIDs and affiliations.
    public var citationAuthors: [Author]
    /// CITATION.cff's `contact` persons, who maintain the software.
    public var citationContacts: [Author]
    /// CITATION.cff's `title`.
    public var citationTitle: String?
    /// pyproject.toml's `[project]` (else setup.cfg's `[metadata]`) name, description and authors.
    public var packageName: String?
    public var packageDescription: String?
    public var packageAuthors: [Author]

    public init(
        name: String, readmePath: String? = nil, readmeText: String? = nil, licenseExpression: String? = nil,
        latestTag: String? = nil, latestTagDate: Date? = nil, authors: [Author] = [], remoteURL: String? = nil,
        fileCountsByExtension: [String: Int] = [:], citationAuthors: [Author] = [], citationContacts: [Author] = [], citationTitle: String? = nil,
        packageName: String? = nil, packageDescription: String? = nil, packageAuthors: [Author] = []
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
        self.citationAuthors = citationAuthors
        self.citationContacts = citationContacts
        self.citationTitle = citationTitle
        self.packageName = packageName
        self.packageDescription = packageDescription
        self.packageAuthors = packageAuthors
    }
}
