import Foundation

/// One reference licence of the index, in the packed form the identifier compares against.
struct LicenceReference: Sendable {
    /// The SPDX id as choosealicense spells it; a bare family id such as `GPL-3.0` for the GNU licences.
    var id: String
    var title: String
    /// Whether SPDX writes this licence with an `-only` / `-or-later` suffix.
    var isSuffixedFamily: Bool
    var twins: [String]
    /// Sorted bigram keys `(first << 16) | second` of the licence body.
    var body: [UInt32]
    /// Sorted bigram keys of the how-to-apply appendix that the body lacks.
    var appendix: [UInt32]
    /// The positions of `body`'s keys in the index's table of all keys, ascending.
    var bodyIDs: [UInt16]
    /// The positions of `appendix`'s keys in the index's table of all keys, ascending.
    var appendixIDs: [UInt16]
    /// Sorted body keys that none of the near twins has.
    var distinctive: [UInt32]
    /// Sorted body keys that touch a part the SPDX template lets vary.
    var variable: [UInt32]
    /// The body's words as vocabulary indices, in order.
    var words: [UInt16]

    /// How many separate places may differ from the reference, beyond the parts the SPDX template
    /// lets vary, before a text no longer counts as this licence: none for a short licence, one
    /// for every 400 words of a long one (whose copies drift in small ways).
    var editBudget: Int { words.count / 400 }

    static func unpack32(_ base64: String, licence: String, field: String) throws -> [UInt32] {
        guard let data = Data(base64Encoded: base64), data.count % 4 == 0 else {
            throw LicenceIndexError.malformedArray(licence: licence, field: field)
        }
        return unpack(data)
    }

    static func unpack16(_ base64: String, licence: String, field: String) throws -> [UInt16] {
        guard let data = Data(base64Encoded: base64), data.count % 2 == 0 else {
            throw LicenceIndexError.malformedArray(licence: licence, field: field)
        }
        return unpack(data)
    }

    /// `data` as an array of `T`, copied whole and then put in host byte order (a no-op on
    /// little-endian machines): a load per element took ~0.4 ms of every run's index load.
    private static func unpack<T: FixedWidthInteger>(_ data: Data) -> [T] {
        let count = data.count / MemoryLayout<T>.size
        var values = [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[..<(count * MemoryLayout<T>.size)]))
            }
            initialised = count
        }
        if T(littleEndian: 1) != 1 {
            for index in values.indices { values[index] = T(littleEndian: values[index]) }
        }
        return values
    }

    /// Whether `key` is one of this licence's body or appendix bigrams.
    func contains(_ key: UInt32) -> Bool {
        Self.sortedContains(body, key) || Self.sortedContains(appendix, key)
    }

    static func sortedContains(_ array: [UInt32], _ key: UInt32) -> Bool {
        var low = 0
        var high = array.count
        while low < high {
            let mid = (low + high) / 2
            if array[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < array.count && array[low] == key
    }

    /// Counts the keys two sorted arrays share: a merge when their sizes are alike, else a
    /// binary search of the larger for each key of the smaller.
    static func sharedCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        if small.count * 8 < large.count {
            return small.reduce(0) { $0 + (sortedContains(large, $1) ? 1 : 0) }
        }
        // Branch-free merge: the comparisons are unpredictable, so avoid jumping on them.
        return small.withUnsafeBufferPointer { x in
            large.withUnsafeBufferPointer { y in
                var i = 0
                var j = 0
                var count = 0
                while i < x.count && j < y.count {
                    let left = x[i]
                    let right = y[j]
                    count &+= left == right ? 1 : 0
                    i &+= left <= right ? 1 : 0
                    j &+= right <= left ? 1 : 0
                }
                return count
            }
        }
    }
}
