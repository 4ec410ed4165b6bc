@testable import GitKit
import Testing

/// Deltas written by hand in git's format: each instruction kind applied, and every kind of
/// inconsistency refused rather than read past.
@Suite struct DeltaTests {
    private let base = Array("0123456789abcdef".utf8)

    private func apply(_ delta: [UInt8]) -> String? {
        delta.withUnsafeBytes { delta in base.withUnsafeBytes { Delta.apply(delta, to: $0) } }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func copiesAndInsertsRebuildTheResult() {
        // base 16, result 9: copy 4 bytes from offset 10 ("abcd"), insert "-", copy 4 from 0.
        #expect(apply([16, 9, 0x91, 10, 4, 1, 0x2D, 0x90, 4]) == "abcd-0123")
    }

    @Test func aCopyOfLengthZeroMeansSixtyFourKilobytes() {
        let large = [UInt8](repeating: 0x61, count: 0x10000)
        // base and result 65,536 (0x80 0x80 0x04), then one copy from offset 0 with no length byte.
        let result = ([0x80, 0x80, 0x04, 0x80, 0x80, 0x04, 0x80] as [UInt8]).withUnsafeBytes { delta in large.withUnsafeBytes { Delta.apply(delta, to: $0) } }
        #expect(result == large)
    }

    /// A delta claiming a result of 2^40 bytes is refused before anything is allocated.
    @Test func aResultLongerThanAllowedIsRefusedUnread() {
        let claim: [UInt8] = [16, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0x90, 4]
        #expect(claim.withUnsafeBytes { Delta.lengths(of: $0)?.result } == 1 << 40)
        #expect(claim.withUnsafeBytes { delta in base.withUnsafeBytes { Delta.apply(delta, to: $0, largest: 1 << 20) } } == nil)
        #expect(apply([16, 4, 0x90, 4]) == "0123")
        #expect(([16, 4, 0x90, 4] as [UInt8]).withUnsafeBytes { delta in base.withUnsafeBytes { Delta.apply(delta, to: $0, largest: 3) } } == nil)
    }

    @Test func lengthsAreReadFromTheOpening() {
        let lengths = ([0x80, 0x01, 5] as [UInt8]).withUnsafeBytes { Delta.lengths(of: $0) }
        #expect(lengths?.base == 128)
        #expect(lengths?.result == 5)
        #expect(lengths?.instructions == 3)
    }

    @Test(arguments: [
        ("a base of another length", [15, 4, 0x90, 4] as [UInt8]),
        ("a copy past the base's end", [16, 4, 0x91, 14, 4]),
        ("an insert past the delta's end", [16, 4, 4, 0x41]),
        ("the reserved instruction 0", [16, 1, 0, 1, 0x41]),
        ("a result shorter than it says", [16, 5, 0x90, 4]),
        ("a result longer than it says", [16, 3, 0x90, 4]),
        ("a copy cut off", [16, 4, 0x91]),
        ("no lengths", [0x80]),
    ])
    func inconsistentDeltasAreRefused(_ damage: String, _ delta: [UInt8]) {
        #expect(apply(delta) == nil, "\(damage)")
    }
}
