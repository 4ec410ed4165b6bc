/// A text value of a CI configuration (an image, a script line, a `uses:` reference) with
/// where it was written, and the events on which the job or step that holds it runs.
public struct CIValue: Sendable, Hashable {
    public var text: String
    public var location: CILocation
    /// The events the value is used on: its job's, narrowed by a step's `if:`.
    public var events: Set<CIEvent>

    public init(_ text: String, at location: CILocation, events: Set<CIEvent> = []) {
        self.text = text
        self.location = location
        self.events = events
    }
}
