/// Reads a `.gitlab-ci.yml` into jobs, the way GitLab builds a pipeline from it: local
/// includes merged under the file (its own keys win, mappings deep-merged), `extends:` and
/// `!reference` tags resolved, `default:` and global keys applied, and each job's `rules:`,
/// `only:` / `except:` and the `workflow: rules:` read as the events it runs on.
struct GitLabCIReader {
    let source: any CIFileSource
    private(set) var pipeline: CIPipeline

    init(source: any CIFileSource, pipeline: CIPipeline) {
        self.source = source
        self.pipeline = pipeline
    }

    /// Keys at the top of the file that are not jobs.
    static let globalKeywords: Set<String> = ["default", "include", "stages", "variables", "workflow", "image", "services", "cache",
                                              "before_script", "after_script", "types", "spec"]
    /// GitLab's limits: 150 included files, 11 levels of `extends:`, 10 of nested `!reference`.
    static let includeLimit = 150
    static let extendsDepth = 11
    static let referenceDepth = 10

    mutating func read(_ root: CINode, path: String) {
        guard root.isMapping else {
            pipeline.problems.append(CIValue("'\(path)' is not a mapping of jobs and keywords", at: root.location))
            return
        }
        var includedFiles: Set<String> = [path]
        let configuration = expandingIncludes(of: root, seen: &includedFiles)
        let workflow = Self.events(ofRules: configuration["workflow"]?["rules"]) ?? CIEvent.all
        let defaults = configuration["default"]
        for member in configuration.members where !Self.globalKeywords.contains(member.key) && !member.key.hasPrefix(".") {
            guard member.value.isMapping else {
                pipeline.problems.append(CIValue("'\(member.key)' is neither a GitLab CI keyword nor a job (a job is a mapping)", at: member.keyLocation))
                continue
            }
            var visited: [String] = []
            let definition = resolvingReferences(in: resolvingExtends(member.value, name: member.key, in: configuration, visited: &visited),
                                                 of: configuration, depth: 0)
            pipeline.jobs.append(job(member, definition: definition, defaults: defaults, globals: configuration, workflow: workflow))
        }
    }

    private func job(_ member: CINode.Member, definition: CINode, defaults: CINode?, globals: CINode, workflow: Set<CIEvent>) -> CIJob {
        let events = Self.events(of: definition).intersection(workflow)
        // A job's own keyword wins over `default:`, which wins over the deprecated global one.
        func inherited(_ key: String) -> CINode? { definition[key] ?? defaults?[key] ?? globals[key] }
        var image: CIValue?
        if let node = inherited("image") {
            let name = node.text.map { ($0, node.location) } ?? node["name"].flatMap { named in named.text.map { ($0, named.location) } }
            image = name.map { CIValue($0.0, at: $0.1, events: events) }
        }
        let script = ["before_script", "script", "after_script"].flatMap { key in
            (key == "script" ? definition[key] : inherited(key)).map { Self.lines($0, depth: 0) } ?? []
        }.compactMap { line in line.text.map { CIValue($0, at: line.location, events: events) } }
        return CIJob(name: member.key, system: .gitLab, location: member.keyLocation, events: events, image: image, script: script)
    }

    // MARK: Includes

    /// `node` with the files its `include:` names merged beneath it; remote, project, template
    /// and component includes are noted as not checked offline.
    private mutating func expandingIncludes(of node: CINode, seen: inout Set<String>) -> CINode {
        guard let include = node.member("include") else { return node }
        var base = CINode(kind: .mapping([]), location: node.location)
        for item in include.value.list {
            let local: CINode?
            if let text = item.text {
                if text.contains("://") {
                    pipeline.notCheckedOffline.append(CIValue("remote include '\(text)'", at: item.location))
                    continue
                }
                local = item
            } else if let named = item["local"] {
                local = named
            } else {
                let kind = ["remote", "project", "template", "component"].first { item[$0] != nil } ?? "include"
                let name = item[kind]?.text ?? "?"
                let file = item["file"].map { node in node.list.compactMap(\.text).joined(separator: ", ") }.map { " (\($0))" } ?? ""
                pipeline.notCheckedOffline.append(CIValue("\(kind) include '\(name)'\(file)", at: item.location))
                continue
            }
            guard let local, let path = local.text else {
                pipeline.problems.append(CIValue("an include names no file", at: item.location))
                continue
            }
            let files = source.localFiles(matching: path)
            if files.isEmpty {
                pipeline.problems.append(CIValue("the local include '\(path)' names no file of this revision", at: local.location))
            }
            for file in files where !seen.contains(file.path) {
                guard seen.count < Self.includeLimit else {
                    pipeline.problems.append(CIValue("more than \(Self.includeLimit) included files; the rest are not read", at: local.location))
                    break
                }
                seen.insert(file.path)
                pipeline.files.append(file.path)
                switch file.document {
                case .failure(let problem): pipeline.problems.append(problem.value)
                case .success(nil): continue
                case .success(let document?):
                    guard document.isMapping else {
                        pipeline.problems.append(CIValue("'\(file.path)' is not a mapping of jobs and keywords", at: document.location))
                        continue
                    }
                    base = base.merged(with: expandingIncludes(of: document, seen: &seen))
                }
            }
        }
        var own = node
        own.kind = .mapping(node.members.filter { $0.key != "include" })
        return base.merged(with: own)
    }

    // MARK: Templates

    /// The job with the jobs and templates it `extends:` merged beneath it, in order.
    private mutating func resolvingExtends(_ job: CINode, name: String, in configuration: CINode, visited: inout [String]) -> CINode {
        guard let extends = job.member("extends") else { return job }
        var base = CINode(kind: .mapping([]), location: job.location)
        visited.append(name)
        for parent in extends.value.list {
            guard let parentName = parent.text else { continue }
            guard !visited.contains(parentName), visited.count <= Self.extendsDepth else {
                pipeline.problems.append(CIValue("'\(name)' extends '\(parentName)' in a loop or more than \(Self.extendsDepth) levels deep", at: parent.location))
                continue
            }
            guard let definition = configuration[parentName], definition.isMapping else {
                pipeline.problems.append(CIValue("'\(name)' extends '\(parentName)', which is not defined", at: parent.location))
                continue
            }
            base = base.merged(with: resolvingExtends(definition, name: parentName, in: configuration, visited: &visited))
        }
        visited.removeLast()
        var own = job
        own.kind = .mapping(job.members.filter { $0.key != "extends" })
        return base.merged(with: own)
    }

    /// `node` with each `!reference [.job, key, …]` replaced by the value it names.
    private mutating func resolvingReferences(in node: CINode, of configuration: CINode, depth: Int) -> CINode {
        switch node.kind {
        case .reference(let path):
            guard depth < Self.referenceDepth else {
                pipeline.problems.append(CIValue("!reference nested more than \(Self.referenceDepth) levels deep", at: node.location))
                return CINode(kind: .null, location: node.location)
            }
            var target: CINode? = configuration
            for key in path { target = target?[key] }
            guard let target, !path.isEmpty else {
                pipeline.problems.append(CIValue("!reference [\(path.joined(separator: ", "))] names nothing defined", at: node.location))
                return CINode(kind: .null, location: node.location)
            }
            return resolvingReferences(in: target, of: configuration, depth: depth + 1)
        case .mapping(let members):
            var resolved = node
            resolved.kind = .mapping(members.map { member in
                var member = member
                member.value = resolvingReferences(in: member.value, of: configuration, depth: depth)
                return member
            })
            return resolved
        case .sequence(let items):
            var resolved = node
            resolved.kind = .sequence(items.map { resolvingReferences(in: $0, of: configuration, depth: depth) })
            return resolved
        case .scalar, .null:
            return node
        }
    }

    /// A script's lines: GitLab flattens nested lists (what `!reference` leaves) up to ten levels.
    private static func lines(_ node: CINode, depth: Int) -> [CINode] {
        switch node.kind {
        case .scalar: [node]
        case .sequence(let items) where depth < referenceDepth: items.flatMap { lines($0, depth: depth + 1) }
        default: []
        }
    }

    // MARK: Events

    /// The events a job runs on: its `rules:`, else its `only:` / `except:`, else GitLab's
    /// default (branches and tags, not merge-request pipelines).
    static func events(of job: CINode) -> Set<CIEvent> {
        if let rules = events(ofRules: job["rules"]) { return rules }
        var events: Set<CIEvent> = [.branches, .tags]
        if let only = job["only"] { events = Self.events(ofRefs: only, isExcept: false) }
        if let except = job["except"] { events.subtract(Self.events(ofRefs: except, isExcept: true)) }
        return events
    }

    /// The events on which some rule with a `when:` other than `never` is the first to match,
    /// as far as the `if:` expressions tell; nil when there are no rules.
    static func events(ofRules rules: CINode?) -> Set<CIEvent>? {
        guard let rules, !rules.list.isEmpty else { return nil }
        var undecided = CIEvent.all
        var runs: Set<CIEvent> = []
        for rule in rules.list {
            var condition = rule["if"]?.text.map(CICondition.gitLab) ?? .exactly(CIEvent.all)
            // `changes:` and `exists:` may make a rule not match, whatever its `if:` says.
            if rule["changes"] != nil || rule["exists"] != nil { condition.isCertain = false }
            let matched = condition.events.intersection(undecided)
            if rule["when"]?.text != "never" { runs.formUnion(matched) }
            if condition.isCertain { undecided.subtract(matched) }
        }
        return runs
    }

    /// `only:` / `except:` as events: `tags`, `branches`, `merge_requests`, branch names and
    /// ref patterns, or a mapping with `refs:` and `variables:`. For `except:`, only what
    /// excludes a whole event counts (excluding one branch leaves branches).
    private static func events(ofRefs node: CINode, isExcept: Bool) -> Set<CIEvent> {
        var refs: Set<CIEvent>?
        var variables: Set<CIEvent>?
        if node.isMapping {
            refs = node["refs"].map { Self.events(ofRefList: $0.list, isExcept: isExcept) }
            if let expressions = node["variables"]?.list, !expressions.isEmpty {
                let conditions = expressions.compactMap(\.text).map(CICondition.gitLab)
                let union = conditions.dropFirst().reduce(conditions.first ?? .unknown) { $0.or($1) }
                variables = isExcept ? (union.isCertain ? union.events : []) : union.events
            }
        } else {
            refs = events(ofRefList: node.list, isExcept: isExcept)
        }
        if isExcept { return (refs ?? []).union(variables ?? []) }
        return (refs ?? [.branches, .tags]).intersection(variables ?? CIEvent.all)
    }

    private static func events(ofRefList refs: [CINode], isExcept: Bool) -> Set<CIEvent> {
        var events: Set<CIEvent> = []
        for ref in refs.compactMap(\.text) {
            switch ref {
            case "tags": events.insert(.tags)
            case "branches": events.insert(.branches)
            case "merge_requests", "external_pull_requests": events.insert(.mergeRequests)
            case "pushes": events.formUnion([.tags, .branches])
            case "api", "chat", "pipelines", "schedules", "triggers", "web": continue
            default:
                // A branch name, or a pattern that may match tag names too (`/^v\d+/`).
                guard !isExcept else { continue }
                events.insert(.branches)
                if ref.hasPrefix("/") { events.insert(.tags) }
            }
        }
        return events
    }
}
