/// Finds a word's index in the licence vocabulary with an FNV-1a hash over its UTF-8 bytes and
/// open addressing: much cheaper per word than `Dictionary<String, Int>`, whose seeded SipHash
/// dominated turning a long licence into indices.
struct VocabularyTable: Sendable {
    /// Vocabulary index + 1 per slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int
    private let vocabulary: [String]

    init(_ vocabulary: [String]) {
        var capacity = 16
        while capacity < vocabulary.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, word) in vocabulary.enumerated() {
            var slot = Self.hash(word) & (capacity - 1)
            while slots[slot] != 0 && vocabulary[Int(slots[slot]) - 1] != word {
                slot = (slot + 1) & (capacity - 1)
            }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.vocabulary = vocabulary
    }

    /// The vocabulary index of `word`, or nil when the references never use it.
    func index(of word: String) -> Int? {
        var slot = Self.hash(word) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if vocabulary[entry - 1] == word { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 32))
        }
    }
}
