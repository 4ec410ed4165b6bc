/// Why the generated licence index could not be loaded.
public enum LicenceIndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The embedded payload is not valid JSON of the expected shape.
    case malformedPayload(String)
    /// A packed array in the payload is not valid base64 of whole elements.
    case malformedArray(licence: String, field: String)

    public var description: String {
        switch self {
        case .malformedPayload(let reason):
            return "generated licence index is malformed: \(reason)"
        case .malformedArray(let licence, let field):
            return "generated licence index has a malformed '\(field)' for '\(licence)'"
        }
    }
}
