/// Reads the CI files of one revision for the CI readers: parsed, with the problems of the
/// ones that are not CI configuration. The collector gives one backed by the revision's tree.
protocol CIFileSource {
    /// The files a GitLab `include: local:` path names (a glob is allowed), in path order; an
    /// empty list when it names none.
    func localFiles(matching path: String) -> [CIFile]
}

/// One CI file read from the revision: its document, or why it could not be read.
struct CIFile: Sendable {
    var path: String
    var document: Result<CINode?, CIProblem>
}

/// Why a CI file or value cannot be used, and where.
struct CIProblem: Error, Sendable, Hashable {
    var message: String
    var location: CILocation

    var value: CIValue { CIValue(message, at: location) }
}
