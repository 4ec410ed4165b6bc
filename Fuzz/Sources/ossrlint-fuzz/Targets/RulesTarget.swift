import Foundation
import OSSRLintKit

/// A rule file as a repository or `--rules` gives it, loaded as a repository's profile is:
/// paths it names resolve inside an in-memory revision holding only itself (`base.yml`, so
/// `extends: base.yml` is a cycle) and one small valid set (`other.yml`).
enum RulesTarget {
    static let otherFile = """
        name: other
        categories: [{id: hygiene, title: Hygiene}]
        rules:
          - {id: readme, title: A README, category: hygiene, severity: warning, check: path-exists, options: {paths: [README*]}}
        """

    static func run(_ data: Data) {
        let yaml = String(decoding: data, as: UTF8.self)
        let loader = RuleSetLoader(files: .revision(read: { path in
            switch path {
            case "base.yml": return yaml
            case "other.yml": return otherFile
            default: throw CocoaError(.fileNoSuchFile)
            }
        }))
        guard let set = try? loader.load(yaml: yaml, file: "base.yml") else { return }
        invariant(Set(set.rules.map(\.id)).count == set.rules.count, "a loaded rule set has two rules with one id")
        invariant(Set(set.categories.map(\.id)).count == set.categories.count, "a loaded rule set declares a category twice")
    }
}
