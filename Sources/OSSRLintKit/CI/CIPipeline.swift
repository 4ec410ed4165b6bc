/// The CI configuration of a revision, read as data: GitLab CI (`.gitlab-ci.yml` and the local
/// files it includes) and GitHub Actions workflows, as jobs with positions.
///
/// A plain value the collector builds once (`FactNeeds.ciPipeline`); checks only read it.
public struct CIPipeline: Sendable, Hashable {
    /// The files read, in the order they were read (roots, then local includes).
    public var files: [String] = []
    /// The jobs that run (GitLab's hidden `.templates` are not jobs).
    public var jobs: [CIJob] = []
    /// Files or values that could not be read as CI configuration, with where.
    public var problems: [CIValue] = []
    /// Includes that name another project, a URL, a template or a component: not read offline.
    public var notCheckedOffline: [CIValue] = []
    /// Secrets written as literals in a CI file: the kind of secret and where, never its text.
    public var literalSecrets: [CIValue] = []

    public init() {}

    /// Whether any file was read.
    public var isEmpty: Bool { files.isEmpty }
}
