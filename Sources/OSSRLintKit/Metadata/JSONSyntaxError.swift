/// Why a JSON text could not be read, and where.
struct JSONSyntaxError: Error, Sendable, Hashable {
    var message: String
    var position: SourcePosition
}
