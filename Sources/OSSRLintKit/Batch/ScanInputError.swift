/// Why the list of repositories to scan could not be made: a usage mistake (exit 2), said with
/// what to do.
public struct ScanInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
