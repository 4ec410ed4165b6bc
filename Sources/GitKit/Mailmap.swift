internal import CLibGit2

/// Names and e-mail addresses as a `.mailmap` says to show them (git's canonical identities),
/// resolved by libgit2's `git_mailmap`.
public enum Mailmap {
    /// A person as a commit records them, or as the mailmap corrects them.
    public struct Identity: Sendable, Hashable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    /// `identities` mapped through the `.mailmap` text `mailmap`, in the same order. The text
    /// comes from the revision being read (not the work tree), so the result belongs to it.
    public static func resolve(_ identities: [Identity], mailmap: String) -> [Identity] {
        let bytes = Array(mailmap.utf8)
        guard !bytes.isEmpty else { return identities }
        _ = LibGit2.ready
        var handle: OpaquePointer?
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { git_mailmap_from_buffer(&handle, $0.baseAddress, $0.count) }
        }
        guard parsed == 0, let map = handle else { return identities }
        defer { git_mailmap_free(map) }
        return identities.map { identity in
            // The resolved pointers may point into the arguments, so they are copied before the
            // C strings made for the call go away.
            identity.name.withCString { name in
                identity.email.withCString { email in
                    var realName: UnsafePointer<CChar>?
                    var realEmail: UnsafePointer<CChar>?
                    guard git_mailmap_resolve(&realName, &realEmail, map, name, email) == 0 else { return identity }
                    return Identity(name: lossyString(realName), email: lossyString(realEmail))
                }
            }
        }
    }
}
