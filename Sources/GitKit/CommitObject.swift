/// What a walk of history needs of a commit object: its parents, read from the raw object as
/// libgit2 reads them (`tree <id>`, then one `parent <id>` line per parent, ids in hexadecimal
/// of either case). Nil for anything else, which is then left to libgit2 to read or refuse.
enum CommitObject {
    /// `raw` is the object's content, or its start when `mayContinue`: then nil, too, when the
    /// parent lines may run on past it (an octopus merge), for the caller to read it whole.
    static func parents(parsing raw: UnsafeRawBufferPointer, mayContinue: Bool = false) -> [ObjectID]? {
        let treeLine = 5 + 40 + 1
        guard raw.count >= treeLine, raw.starts(with: "tree ".utf8), hexID(raw, at: 5) != nil, raw[treeLine - 1] == 0x0A else { return nil }
        var parents: [ObjectID] = []
        var position = treeLine
        while raw.count - position >= 7 + 40 + 1, UnsafeRawBufferPointer(rebasing: raw[position..<position + 7]).elementsEqual("parent ".utf8) {
            guard let parent = hexID(raw, at: position + 7), raw[position + 47] == 0x0A else { return nil }
            parents.append(parent)
            position += 48
        }
        if mayContinue && raw.count - position < 48 { return nil }
        return parents
    }

    /// The id written as 40 hexadecimal digits at `offset`.
    private static func hexID(_ raw: UnsafeRawBufferPointer, at offset: Int) -> ObjectID? {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for index in 0..<40 {
            let byte = raw[offset + index]
            let value: UInt8
            switch byte {
            case 0x30...0x39: value = byte &- 0x30
            case 0x61...0x66: value = byte &- 0x61 &+ 10
            case 0x41...0x46: value = byte &- 0x41 &+ 10
            default: return nil
            }
            switch index {
            case ..<16: words.0 = words.0 << 4 | UInt64(value)
            case ..<32: words.1 = words.1 << 4 | UInt64(value)
            default: words.2 = words.2 << 4 | UInt64(value)
            }
        }
        return ObjectID(high: words.0, middle: words.1, low: UInt32(truncatingIfNeeded: words.2))
    }
}
