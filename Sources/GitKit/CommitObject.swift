/// What a walk of history needs of a commit object: its parents, read from the raw object as
/// libgit2 reads them (`tree <id>`, then one `parent <id>` line per parent, ids in hexadecimal
/// of either case). Nil for anything else, which is then left to libgit2 to read or refuse.
enum CommitObject {
    /// `raw` is the object's content, or its start when `mayContinue`: then nil, too, when the
    /// parent lines may run on past it (an octopus merge), for the caller to read it whole.
    static func parents(parsing raw: UnsafeRawBufferPointer, mayContinue: Bool = false) -> [ObjectID]? {
        let treeLine = 5 + 40 + 1
        guard raw.count >= treeLine, raw.starts(with: "tree ".utf8), ObjectID(hexDigits: raw, at: 5) != nil, raw[treeLine - 1] == 0x0A else { return nil }
        var parents: [ObjectID] = []
        var position = treeLine
        while raw.count - position >= 7 + 40 + 1, UnsafeRawBufferPointer(rebasing: raw[position..<position + 7]).elementsEqual("parent ".utf8) {
            guard let parent = ObjectID(hexDigits: raw, at: position + 7), raw[position + 47] == 0x0A else { return nil }
            parents.append(parent)
            position += 48
        }
        if mayContinue && raw.count - position < 48 { return nil }
        return parents
    }
}
