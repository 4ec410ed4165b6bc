/// Finds a word's index in the licence vocabulary by open addressing over a hash of its UTF-8
/// bytes: much cheaper per word than `Dictionary<String, Int>`, whose seeded SipHash dominated
/// turning a long licence into indices. Words are looked up as bytes, so a text's words never
/// need to become strings, and each slot holds the word's first eight bytes and its length, so
/// that a word of up to eight bytes (most words) is found by reading a single slot.
struct VocabularyTable: Sendable {
    private struct Slot: Sendable {
        /// The word's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        /// Vocabulary index + 1; 0 marks an empty slot.
        var entry: UInt32
        var length: UInt32
    }

    private let slots: [Slot]
    private let mask: Int
    /// Slot numbers are the top bits of the hash, where a multiply has mixed in every bit.
    private let shift: UInt64
    /// The vocabulary's UTF-8, word after word; word `i` is `bytes[starts[i]..<starts[i] + length]`.
    private let bytes: [UInt8]
    private let starts: [Int32]

    init(_ vocabulary: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(vocabulary.count)
        for word in vocabulary {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: word.utf8)
        }
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < vocabulary.count * 2 {
            capacity <<= 1
            bits += 1
        }
        var slots = [Slot](repeating: Slot(prefix: 0, entry: 0, length: 0), count: capacity)
        bytes.withUnsafeBufferPointer { buffer in
            for (index, word) in vocabulary.enumerated() {
                let start = Int(starts[index])
                let utf8 = UnsafeBufferPointer(rebasing: buffer[start..<(start + word.utf8.count)])
                let prefix = Self.prefix(of: utf8, within: buffer)
                var slot = Int(Self.hash(utf8, prefix: prefix) >> (64 - bits))
                // A repeated word takes the later index, as a dictionary would.
                while slots[slot].entry != 0 && !Self.matches(slots[slot], utf8, prefix: prefix, vocabulary: buffer, starts: starts) {
                    slot = (slot + 1) & (capacity - 1)
                }
                slots[slot] = Slot(prefix: prefix, entry: UInt32(index + 1), length: UInt32(utf8.count))
            }
        }
        self.slots = slots
        self.mask = capacity - 1
        self.shift = 64 - bits
        self.bytes = bytes
        self.starts = starts
    }

    /// The vocabulary index of `word`, or nil when the references never use it.
    func index(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { index(of: utf8, within: utf8, vocabulary: $0) }
        }
    }

    /// The vocabulary index of every word. Words outside the vocabulary are numbered on from
    /// `vocabularyCount`, one number per distinct word in order of first use, and returned.
    func indices(of words: NormalisedLicenceWords, vocabularyCount: Int) -> (indices: [Int], unknownWords: [String]) {
        var unknown: [String: Int] = [:]
        var unknownWords: [String] = []
        let indices = [Int](unsafeUninitializedCapacity: words.count) { indices, initialized in
            bytes.withUnsafeBufferPointer { vocabulary in
                words.bytes.withUnsafeBufferPointer { text in
                    var start = 0
                    for (position, end) in words.ends.enumerated() {
                        let word = UnsafeBufferPointer(rebasing: text[start..<end])
                        start = end
                        if let index = index(of: word, within: text, vocabulary: vocabulary) {
                            indices[position] = index
                            continue
                        }
                        let string = String(decoding: word, as: UTF8.self)
                        if let index = unknown[string] {
                            indices[position] = index
                        } else {
                            let index = vocabularyCount + unknownWords.count
                            unknown[string] = index
                            unknownWords.append(string)
                            indices[position] = index
                        }
                    }
                }
            }
            initialized = words.count
        }
        return (indices, unknownWords)
    }

    @inline(__always)
    private func index(of word: UnsafeBufferPointer<UInt8>, within text: UnsafeBufferPointer<UInt8>, vocabulary: UnsafeBufferPointer<UInt8>) -> Int? {
        let prefix = Self.prefix(of: word, within: text)
        var slot = Int(Self.hash(word, prefix: prefix) >> shift)
        while true {
            let candidate = slots[slot]
            if candidate.entry == 0 { return nil }
            if Self.matches(candidate, word, prefix: prefix, vocabulary: vocabulary, starts: starts) { return Int(candidate.entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func matches(_ slot: Slot, _ word: UnsafeBufferPointer<UInt8>, prefix: UInt64,
                                vocabulary: UnsafeBufferPointer<UInt8>, starts: [Int32]) -> Bool {
        guard Int(slot.length) == word.count, slot.prefix == prefix else { return false }
        guard word.count > 8 else { return true }
        let start = Int(starts[Int(slot.entry) - 1])
        return vocabulary[(start + 8)..<(start + word.count)].elementsEqual(word[8...])
    }

    /// The word's first eight bytes, little-endian, zero-padded. `within` is the buffer the
    /// word lies in: where eight bytes can be read from it, one load and a mask replace a loop
    /// whose varying length cost a branch misprediction per word.
    @inline(__always)
    private static func prefix(of word: UnsafeBufferPointer<UInt8>, within buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if let wordStart = word.baseAddress, let bufferStart = buffer.baseAddress, wordStart + 8 <= bufferStart + buffer.count {
            let loaded = UInt64(littleEndian: UnsafeRawPointer(wordStart).loadUnaligned(as: UInt64.self))
            return word.count >= 8 ? loaded : loaded & (UInt64.max >> UInt64(64 - 8 * word.count))
        }
        var prefix: UInt64 = 0
        for offset in 0..<min(word.count, 8) {
            prefix |= UInt64(word[offset]) << UInt64(8 * offset)
        }
        return prefix
    }

    /// Mixes the length, the first eight bytes and then any further bytes: a multiply per eight
    /// bytes rather than per byte, and for most words a single one.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash = prefix ^ UInt64(word.count) << 56
        var offset = 8
        while offset < word.count {
            hash = (hash &* 0x0000_0100_0000_01B3) ^ UInt64(word[offset])
            offset += 1
        }
        return hash &* 0x9E37_79B9_7F4A_7C15
    }
}
