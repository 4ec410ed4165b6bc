/// Where a value of a CI configuration was written: the file as reports show it, and the line
/// and column when known.
public struct CILocation: Sendable, Hashable {
    public var path: String
    public var position: SourcePosition?

    public init(path: String, position: SourcePosition?) {
        self.path = path
        self.position = position
    }

    /// Evidence pointing at this place.
    func evidence(_ detail: String? = nil) -> Evidence {
        .path(path, detail, line: position?.line, column: position?.column)
    }

    /// `FILE:LINE:COLUMN`, or as much of it as is known.
    var description: String { evidence().location }
}
