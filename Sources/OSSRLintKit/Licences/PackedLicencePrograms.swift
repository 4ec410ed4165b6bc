/// The index's word programs as the generator packs them (see `PackedDigits`), decoded one at a
/// time: a text makes a handful of programs candidates, so decoding all 783 on every start-up
/// (most of the index's load time) bought nothing.
struct PackedLicencePrograms: Sendable {
    /// The programs' digits, one after another; program `n` is `digits[starts[n]..<starts[n + 1]]`.
    private let digits: String
    private let starts: [Int]
    private let vocabularyCount: Int

    init(digits: String, starts: [Int], vocabularyCount: Int) {
        self.digits = digits
        self.starts = starts
        self.vocabularyCount = vocabularyCount
    }

    var count: Int { starts.count - 1 }

    /// Program `number`. A program whose digits are malformed can only come from a damaged
    /// build: it is returned as one that matches no text, rather than read out of bounds.
    subscript(number: Int) -> LicenceProgram {
        decoded(number) ?? LicenceProgram.matchingNothing
    }

    /// Program `number`, or nil when its digits are malformed or its words or lengths would
    /// reach outside the vocabulary or the program itself.
    func decoded(_ number: Int) -> LicenceProgram? {
        var digits = digits
        let ops: [Int32]? = digits.withUTF8 { bytes in
            var reader = PackedDigits(bytes, range: starts[number]..<starts[number + 1])
            var ops: [Int32] = []
            while !reader.isAtEnd {
                guard let value = reader.next() else { return nil }
                ops.append(value)
            }
            return ops
        }
        guard let ops, case let program = LicenceProgram(ops: ops), program.isWellFormed(vocabularyCount: vocabularyCount) else {
            return nil
        }
        return program
    }
}
