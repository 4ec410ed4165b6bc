/// The scores of a repository's revisions over time, oldest first: what `ossrlint history`
/// reports. A plain value; the history reporters are pure functions of it.
public struct ScoreHistory: Sendable, Hashable {
    public var tool: LintReport.Tool
    /// The repository path as the user gave it.
    public var repositoryPath: String
    public var selection: HistorySelection
    /// The stage every revision was linted at.
    public var stage: Stage
    public var points: [HistoryPoint]

    public init(tool: LintReport.Tool = .init(version: OSSRLintVersion.current), repositoryPath: String, selection: HistorySelection, stage: Stage, points: [HistoryPoint]) {
        self.tool = tool
        self.repositoryPath = repositoryPath
        self.selection = selection
        self.stage = stage
        self.points = points
    }

    /// Every category some revision was scored in, in the order first met: a revision's rule
    /// set's order, then categories that later revisions added.
    public var categories: [LintReport.Category] {
        var categories: [LintReport.Category] = []
        for point in points {
            for category in point.score?.categories ?? [] where !categories.contains(where: { $0.id == category.id }) {
                categories.append(LintReport.Category(id: category.id, title: category.title, weight: category.weight))
            }
        }
        return categories
    }

    /// The rule sets' names, in the order first met.
    public var profiles: [String] {
        var profiles: [String] = []
        for case let profile? in points.map(\.profile) where !profiles.contains(profile) { profiles.append(profile) }
        return profiles
    }

    /// "4 release tags", "the last 10 commits of the current branch".
    var subject: String {
        switch selection {
        case .tags: points.count == 1 ? "1 tag" : "\(points.count) tags"
        case .lastCommits: points.count == 1 ? "the last commit of the current branch" : "the last \(points.count) commits of the current branch (first parents)"
        }
    }
}
