/// What a snapshot entry is, from its git file mode.
public enum EntryKind: String, Sendable, Hashable, Codable {
    /// A regular file (mode 100644).
    case file
    /// An executable file (mode 100755).
    case executable
    /// A symbolic link (mode 120000); its content is the link target, never followed.
    case symlink
    /// A submodule (gitlink, mode 160000): a commit of another repository, with no content here.
    case submodule

    init?(mode: UInt32) {
        switch mode & 0o170000 {
        case 0o100000: self = (mode & 0o111) != 0 ? .executable : .file
        case 0o120000: self = .symlink
        case 0o160000: self = .submodule
        default: return nil
        }
    }

    /// Whether the entry has blob content that can be read.
    public var hasContent: Bool { self != .submodule }
}
