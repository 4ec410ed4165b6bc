/// Inputs that reach a finding already reported but not fixed in this package, skipped so
/// that the fuzzer spends its time looking for new ones. Each names the disabled test that
/// holds its input; remove the entry when the test is enabled.
enum KnownFindings {
    /// Yams 6.2 traps on overflow while reading a YAML 1.1 sexagesimal integer (a plain
    /// `222222222222222222:0`, or eleven `:`-separated parts), which `YAMLPositionedReader`
    /// asks it to do for every scalar in CITATION.cff (FuzzFindingTests,
    /// `sexagesimalIntegerInCitationFileIsNotACrash`). This repeats Yams' arithmetic with
    /// overflow checks on every run of characters that could be such an integer, so it may
    /// skip a few inputs too many, never one too few.
    static func overflowsASexagesimalInteger(_ text: String) -> Bool {
        let candidates = text.utf8.split { !Self.integerBytes.contains($0) }
        return candidates.contains { Self.overflows(String(decoding: $0, as: UTF8.self)) }
    }

    private static let integerBytes = Set("0123456789_:+-".utf8)

    private static func overflows(_ token: String) -> Bool {
        var text = Substring(token.replacingOccurrences(of: "_", with: ""))
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return false }
        // Yams gives up, without trapping, on a part that is not an Int.
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return false }
        var base = 1, value = 0
        for digit in numbers.reversed() {
            let (product, productOverflow) = digit.multipliedReportingOverflow(by: base)
            let (sum, sumOverflow) = value.addingReportingOverflow(product)
            let (nextBase, baseOverflow) = base.multipliedReportingOverflow(by: 60)
            if productOverflow || sumOverflow || baseOverflow { return true }
            (value, base) = (sum, nextBase)
        }
        return false
    }
}
