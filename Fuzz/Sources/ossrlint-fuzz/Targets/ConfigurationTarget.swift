import Foundation
import OSSRLintKit

/// A repository's `.ossrlint.yml`: decoded, applied to the shipped `ossr` set, and its
/// `profile:` loaded from an empty revision (any file it names is missing).
enum ConfigurationTarget {
    static let shipped: RuleSet? = try? RuleSetLoader().load("ossr")

    static func prepare() {
        invariant(shipped != nil, "the shipped 'ossr' rule set does not load")
    }

    static func run(_ data: Data) {
        guard let configuration = try? RepositoryConfiguration.parse(yaml: String(decoding: data, as: UTF8.self)) else { return }
        if let shipped {
            _ = try? configuration.apply(to: shipped)
        }
        if let profile = configuration.profile {
            let loader = RuleSetLoader(files: .revision(read: { _ in throw CocoaError(.fileNoSuchFile) }))
            _ = try? loader.load(profile, namedIn: configuration)
        }
    }
}
