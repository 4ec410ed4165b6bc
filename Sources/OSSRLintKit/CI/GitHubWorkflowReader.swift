/// Reads a GitHub Actions workflow into jobs: the events of `on:` (a `push` limited to
/// `tags:` runs on tags only, `release` on published releases), narrowed by each job's and
/// each step's `if:`; `container:` as the image, steps' `run:` as the script, `uses:` kept.
enum GitHubWorkflowReader {
    static func read(_ root: CINode, path: String, into pipeline: inout CIPipeline) {
        guard root.isMapping else {
            pipeline.problems.append(CIValue("'\(path)' is not a workflow (a mapping with 'on:' and 'jobs:')", at: root.location))
            return
        }
        // YAML 1.1 reads a plain `on` as true; the reader keeps keys as written.
        guard let trigger = root.member("on") ?? root.member("true") else {
            pipeline.problems.append(CIValue("the workflow has no 'on:' trigger", at: root.location))
            return
        }
        let events = Self.events(of: trigger.value)
        guard let jobs = root.member("jobs"), jobs.value.isMapping else {
            pipeline.problems.append(CIValue("the workflow has no 'jobs:' mapping", at: root["jobs"]?.location ?? root.location))
            return
        }
        for member in jobs.value.members {
            guard member.value.isMapping else {
                pipeline.problems.append(CIValue("job '\(member.key)' is not a mapping", at: member.value.location))
                continue
            }
            pipeline.jobs.append(job(member, workflowEvents: events))
        }
    }

    private static func job(_ member: CINode.Member, workflowEvents: Set<CIEvent>) -> CIJob {
        let definition = member.value
        let events = workflowEvents.intersection(condition(definition["if"]).events)
        var image: CIValue?
        if let container = definition["container"] {
            let name = container.text.map { ($0, container.location) } ?? container["image"].flatMap { node in node.text.map { ($0, node.location) } }
            image = name.map { CIValue($0.0, at: $0.1, events: events) }
        }
        var script: [CIValue] = []
        var uses: [CIValue] = []
        if let reusable = definition["uses"], let text = reusable.text { uses.append(CIValue(text, at: reusable.location, events: events)) }
        for step in definition["steps"]?.list ?? [] {
            let stepEvents = events.intersection(condition(step["if"]).events)
            if let run = step["run"], let text = run.text { script.append(CIValue(text, at: run.location, events: stepEvents)) }
            if let action = step["uses"], let text = action.text { uses.append(CIValue(text, at: action.location, events: stepEvents)) }
        }
        return CIJob(name: member.key, system: .gitHub, location: member.keyLocation, events: events, image: image, script: script, uses: uses)
    }

    /// A job's or step's `if:` (a string, or a boolean written plainly).
    private static func condition(_ node: CINode?) -> CICondition {
        guard let node else { return .exactly(CIEvent.all) }
        guard let text = node.text else { return .unknown }
        if text == "false" { return .exactly([]) }
        if text == "true" { return .exactly(CIEvent.all) }
        return CICondition.gitHub(text)
    }

    /// The events of `on:`: a name, a list of names, or a mapping of names to filters.
    static func events(of trigger: CINode) -> Set<CIEvent> {
        if trigger.isMapping {
            return trigger.members.reduce(into: Set<CIEvent>()) { $0.formUnion(events(ofTrigger: $1.key, filters: $1.value)) }
        }
        return trigger.list.compactMap(\.text).reduce(into: Set<CIEvent>()) { $0.formUnion(events(ofTrigger: $1, filters: nil)) }
    }

    private static func events(ofTrigger name: String, filters: CINode?) -> Set<CIEvent> {
        switch name {
        case "push":
            // With branch filters only, tags do not run the workflow, and the other way round.
            let tags = filters?["tags"] != nil || filters?["tags-ignore"] != nil
            let branches = filters?["branches"] != nil || filters?["branches-ignore"] != nil
            if tags == branches { return [.tags, .branches] }
            return tags ? [.tags] : [.branches]
        case "pull_request", "pull_request_target", "merge_group":
            return [.mergeRequests]
        case "release":
            let types = filters?["types"]?.list.compactMap(\.text)
            // `published` is what Zenodo's GitHub integration listens to; `released` and
            // `created` also fire when a release is published.
            guard let types, !types.isEmpty else { return [.release] }
            return types.contains(where: ["published", "released", "created"].contains) ? [.release] : []
        case "create":
            return [.tags, .branches]
        default:
            return []
        }
    }
}
