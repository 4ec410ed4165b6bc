/// A configured remote and its fetch URL.
public struct Remote: Sendable, Hashable {
    public let name: String
    public let url: String?
}
