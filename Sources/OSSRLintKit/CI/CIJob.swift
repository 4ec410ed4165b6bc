/// One job of a CI configuration, its templates (`extends:`, `!reference`) resolved: where it
/// is written, on which events it runs, its image, its script lines and the actions it uses.
public struct CIJob: Sendable, Hashable {
    /// The CI service whose configuration defines the job.
    public enum System: String, Sendable, Hashable {
        case gitLab = "GitLab CI"
        case gitHub = "GitHub Actions"
    }

    public var name: String
    public var system: System
    /// Where the job's key is written.
    public var location: CILocation
    /// The events the job may run on (a condition OSSRLint cannot read counts as "may").
    public var events: Set<CIEvent>
    /// `image:` (GitLab, with the defaults applied) or `container:` (GitHub).
    public var image: CIValue?
    /// The commands, in order: GitLab's `before_script`, `script` and `after_script`, GitHub's
    /// steps' `run:`; each with the events its step runs on.
    public var script: [CIValue]
    /// GitHub's `uses:` references (steps' actions, or the job's reusable workflow).
    public var uses: [CIValue]

    public init(name: String, system: System, location: CILocation, events: Set<CIEvent>, image: CIValue? = nil, script: [CIValue] = [], uses: [CIValue] = []) {
        self.name = name
        self.system = system
        self.location = location
        self.events = events
        self.image = image
        self.script = script
        self.uses = uses
    }
}
