/// Two pieces of licence evidence that disagree.
public struct LicenceConflict: Sendable, Equatable, Codable {
    public var sourceA: String
    public var valueA: String
    public var sourceB: String
    public var valueB: String
    /// Lowercase, no trailing period, quoting both values.
    public var message: String

    public init(sourceA: String, valueA: String, sourceB: String, valueB: String, message: String) {
        self.sourceA = sourceA
        self.valueA = valueA
        self.sourceB = sourceB
        self.valueB = valueB
        self.message = message
    }
}
