/// Writes normalised words into the preallocated storage of a `NormalisedLicenceWords`.
///
/// A word is built up in pieces (a run of letters, a dot, an accented letter) and then either
/// committed or discarded, as when it proves to be a list marker. Storage is allocated once, up
/// front, with room for the most a text can produce, so that writing a word costs a copy and
/// no capacity or uniqueness checks; a write beyond the room stops the program rather than
/// corrupting memory. The writer only lives inside `NormalisedLicenceWords.init`.
struct LicenceWordWriter {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let ends: UnsafeMutableBufferPointer<Int>
    /// The number of committed words.
    private(set) var count = 0
    /// Where the last committed word ends, and so where the word being built starts.
    private(set) var wordEnd = 0
    /// Where the word being built ends.
    private var pendingEnd = 0

    init(bytes: UnsafeMutableBufferPointer<UInt8>, ends: UnsafeMutableBufferPointer<Int>) {
        self.bytes = bytes
        self.ends = ends
    }

    @inline(__always)
    mutating func appendToPendingWord(_ source: UnsafeBufferPointer<UInt8>) {
        precondition(pendingEnd + source.count <= bytes.count, "licence word storage too small")
        _ = UnsafeMutableBufferPointer(rebasing: bytes[pendingEnd..<(pendingEnd + source.count)]).update(fromContentsOf: source)
        pendingEnd += source.count
    }

    @inline(__always)
    mutating func appendToPendingWord(_ byte: UInt8) {
        precondition(pendingEnd < bytes.count, "licence word storage too small")
        bytes[pendingEnd] = byte
        pendingEnd += 1
    }

    /// Ends the word being built, folding a British "licence" spelling into the American one.
    mutating func commitPendingWord() {
        if isBritishLicenceSpelling(wordEnd..<pendingEnd) {
            // Every folded spelling differs from its American one only in the "c" of "licenc".
            bytes[wordEnd + 5] = UInt8(ascii: "s")
        }
        precondition(count < ends.count, "licence word storage too small")
        ends[count] = pendingEnd
        count += 1
        wordEnd = pendingEnd
    }

    mutating func discardPendingWord() {
        pendingEnd = wordEnd
    }

    /// Appends a whole word, such as a CJK ideograph or the "and" that "&" stands for.
    mutating func appendWord(_ source: UnsafeBufferPointer<UInt8>) {
        appendToPendingWord(source)
        commitPendingWord()
    }

    /// Drops the words from index `first` on, as when a line turns out to be a title.
    mutating func removeWords(from first: Int) {
        guard first < count else { return }
        count = first
        wordEnd = first == 0 ? 0 : ends[first - 1]
        pendingEnd = wordEnd
    }

    /// Whether any word from index `first` on is one of `candidates`.
    func containsWord(from first: Int, in candidates: [[UInt8]]) -> Bool {
        var start = first == 0 ? 0 : ends[first - 1]
        for index in first..<count {
            let word = bytes[start..<ends[index]]
            if candidates.contains(where: { $0.elementsEqual(word) }) { return true }
            start = ends[index]
        }
        return false
    }

    /// "licence", "licences", "licenced", "licencing", "licencee" and "licencor": the spellings
    /// `Scripts/generate-licence-index.py` folds (its `EQUIVALENT_WORDS`).
    @inline(__always)
    private func isBritishLicenceSpelling(_ word: Range<Int>) -> Bool {
        // Most words fail the first test: only these few are long enough and start with "l".
        guard word.count >= 7, bytes[word.lowerBound] == UInt8(ascii: "l") else { return false }
        let stem = Self.britishStem
        guard bytes[word.lowerBound..<(word.lowerBound + stem.count)].elementsEqual(stem) else { return false }
        let ending = bytes[(word.lowerBound + stem.count)..<word.upperBound]
        return Self.britishEndings.contains { $0.elementsEqual(ending) }
    }

    private static let britishStem = Array("licenc".utf8)
    private static let britishEndings = ["e", "es", "ed", "ing", "ee", "or"].map { Array($0.utf8) }
}
