/// What starts a CI run, as far as publishing and validation care: a pushed tag, a pushed
/// branch, a merge (pull) request, or a release published on the forge.
public enum CIEvent: String, Sendable, Hashable, CaseIterable, Comparable, Decodable {
    case tags
    case branches
    case mergeRequests = "merge-requests"
    /// A GitHub release published (`on: release`); GitLab runs a tag pipeline instead.
    case release

    /// Every event: what a job without conditions may run on.
    static let all = Set(allCases)

    /// How a message names the event: "on tags", "on merge requests".
    var phrase: String {
        switch self {
        case .tags: "on tags"
        case .branches: "on branches"
        case .mergeRequests: "on merge requests"
        case .release: "on published releases"
        }
    }

    public static func < (lhs: CIEvent, rhs: CIEvent) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// "on tags and merge requests", in the events' order.
    static func describe(_ events: Set<CIEvent>) -> String {
        guard !events.isEmpty else { return "never" }
        let names = events.sorted().map { String($0.phrase.dropFirst(3)) }
        return "on " + (names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? ""))
    }
}
