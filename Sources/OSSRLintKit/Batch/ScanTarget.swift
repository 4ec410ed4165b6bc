import GitKit

/// One repository a scan reads: the name its row shows and the path it is opened at.
public struct ScanTarget: Sendable, Hashable {
    /// What the table calls it: the path as given, or the folder entry's name for `--folder`.
    /// Text: a name whose bytes are not UTF-8 is spelt as git quotes paths (`"caf\351"`).
    public var name: String
    /// The path's bytes, which need not be UTF-8.
    public var path: [UInt8]

    public init(name: String, path: [UInt8]) {
        self.name = name
        self.path = path
    }

    /// A path given as text (a command-line argument): its own name.
    public init(path: String) {
        self.init(name: path, path: Array(path.utf8))
    }

    /// `bytes` as a name: the text when they are UTF-8, else git's quoting of them, which is
    /// one-to-one, so two different names never look the same.
    static func name(of bytes: [UInt8]) -> String {
        String(validating: bytes, as: UTF8.self) ?? GitPath(bytes: bytes).displayName
    }

    /// Whether `self` sorts before `other`: by the name's bytes, the order every table uses.
    func precedes(_ other: ScanTarget) -> Bool {
        name.utf8.lexicographicallyPrecedes(other.name.utf8)
    }
}
