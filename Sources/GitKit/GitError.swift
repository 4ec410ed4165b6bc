internal import CLibGit2

/// A failure reported by libgit2: its return code, its error class and the function that failed.
///
/// Compare `code` (stable across libgit2 versions) rather than `message` (whose wording changes).
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libgit2's `git_error_code` values that callers act on.
    public struct Code: RawRepresentable, Sendable, Hashable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let generic = Code(rawValue: -1)
        public static let notFound = Code(rawValue: -3)
        public static let ambiguous = Code(rawValue: -5)
        public static let bareRepository = Code(rawValue: -8)
        public static let unbornBranch = Code(rawValue: -9)
        public static let invalidSpec = Code(rawValue: -12)
        public static let peel = Code(rawValue: -19)
        public static let invalid = Code(rawValue: -21)
        public static let notOwned = Code(rawValue: -36)
    }

    public let code: Code
    /// libgit2's `git_error_t` class (e.g. 2 = OS, 6 = repository, 9 = object database, 11 = object).
    public let errorClass: Int32
    /// The libgit2 function that returned the error, e.g. `git_revparse_single`.
    public let function: String
    public let message: String

    public init(code: Code, errorClass: Int32, function: String, message: String) {
        self.code = code
        self.errorClass = errorClass
        self.function = function
        self.message = message
    }

    public var description: String { "\(function) failed (\(code.rawValue)/\(errorClass)): \(message)" }

    /// Reads libgit2's thread-local last error right after `function` returned `result`.
    static func last(_ result: Int32, in function: String) -> GitError {
        if let error = git_error_last() {
            let message = error.pointee.message.map { String(cString: $0) } ?? "no message"
            return GitError(code: Code(rawValue: result), errorClass: error.pointee.klass, function: function, message: message)
        }
        return GitError(code: Code(rawValue: result), errorClass: 0, function: function, message: "no message")
    }
}

/// Runs a libgit2 call and turns a negative result into a `GitError`.
@discardableResult
func check(_ function: String, _ result: Int32) throws(GitError) -> Int32 {
    if result < 0 { throw GitError.last(result, in: function) }
    return result
}
