/// A pack's delta applied to its base: git's delta format (`gitformat-pack`, "Deltified
/// representation"). Two lengths open it, the base's and the result's (base-128, least
/// significant group first); then instructions, each one byte: with its top bit set, copy a
/// span of the base (the low four bits say which offset bytes follow, the next three which
/// length bytes; a length of 0 means 65,536); else insert that many bytes that follow.
///
/// Checked throughout: a base of another length, a copy outside the base, an insert past the
/// delta's end, a result of another length or longer than the caller allows, or the reserved
/// instruction 0 give nil.
enum Delta {
    /// The two lengths a delta opens with, and where its instructions start.
    static func lengths(of delta: UnsafeRawBufferPointer) -> (base: Int, result: Int, instructions: Int)? {
        var position = 0
        guard let base = varint(delta, &position), let result = varint(delta, &position) else { return nil }
        return (base, result, position)
    }

    /// The result, or nil when the delta is inconsistent or its result would be longer than
    /// `largest` (the length it claims is the repository's word, not to be allocated blindly).
    static func apply(_ delta: UnsafeRawBufferPointer, to base: UnsafeRawBufferPointer, largest: Int = .max) -> [UInt8]? {
        guard let (baseLength, resultLength, start) = lengths(of: delta), baseLength == base.count, resultLength <= largest else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(resultLength)
        var position = start
        while position < delta.count {
            let instruction = delta[position]
            position += 1
            if instruction & 0x80 != 0 {
                var offset = 0
                var length = 0
                for bit in 0..<7 where instruction & (1 << bit) != 0 {
                    guard position < delta.count else { return nil }
                    let byte = Int(delta[position])
                    position += 1
                    if bit < 4 { offset |= byte << (8 * bit) } else { length |= byte << (8 * (bit - 4)) }
                }
                if length == 0 { length = 0x10000 }
                guard offset + length <= base.count, result.count + length <= resultLength else { return nil }
                result.append(contentsOf: base[offset..<(offset + length)])
            } else {
                let length = Int(instruction)
                guard length > 0, position + length <= delta.count, result.count + length <= resultLength else { return nil }
                result.append(contentsOf: delta[position..<(position + length)])
                position += length
            }
        }
        return result.count == resultLength ? result : nil
    }

    private static func varint(_ bytes: UnsafeRawBufferPointer, _ position: inout Int) -> Int? {
        var value = 0
        var shift = 0
        while position < bytes.count, shift <= 56 {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }
}
