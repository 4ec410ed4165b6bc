/// An open-addressing hash map from a text's bigram keys to small integers: a probe costs less
/// than a binary search over sorted keys, and far less than hashing through `Dictionary`. (The
/// reference keys are searched in their sorted array instead: a table of all 20,000 cost every
/// process ~1 ms to build; see `LicenceIndex.keyIDs(of:)`.)
struct BigramTable: Sendable {
    /// `key << 32 | value bits`; `UInt64.max` marks an empty slot (no key is `UInt32.max`, since
    /// both halves of a key are vocabulary indices below `UInt16.max`).
    private var slots: [UInt64]
    private let mask: Int

    init(keys: [UInt32], values: [Int32]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [UInt64](repeating: .max, count: capacity)
        for (key, value) in zip(keys, values) {
            var slot = Self.hash(key) & mask
            while slots[slot] != .max && UInt32(truncatingIfNeeded: slots[slot] >> 32) != key {
                slot = (slot + 1) & mask
            }
            slots[slot] = UInt64(key) << 32 | UInt64(UInt32(bitPattern: value))
        }
    }

    /// The value stored for `key`, or nil when the text has no such bigram.
    func value(for key: UInt32) -> Int32? {
        var slot = Self.hash(key) & mask
        while true {
            let entry = slots[slot]
            if entry == .max { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == key { return Int32(bitPattern: UInt32(truncatingIfNeeded: entry)) }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: UInt32) -> Bool { value(for: key) != nil }

    private static func hash(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }
}
