import Yams

/// Keeps YAML aliases from turning a small file into a huge or endless computation.
///
/// Why: an anchor used nine times by another anchor, nine levels deep ("billion laughs"), is a
/// 730-byte file that any walk over the composed document visits 10⁹ times; and Yams checks a
/// mapping's keys for duplicates by hashing them whole, so an alias used as a key (`? *a9 : 1`)
/// never finishes composing. A linter reads these files from anyone's merge request, so:
/// - `refuseAliasedKeys` runs on the text, before composing: an alias as a mapping key is
///   refused with its position (no real rule, citation or metadata file needs one);
/// - `checkExpansion` runs on the composed document: its size with every alias expanded is
///   counted in linear time (an alias shares its anchor's position, so each anchored node is
///   sized once) and must stay under a budget.
public enum YAMLAliasGuard {
    /// The most nodes a document may expand to: far beyond any real rule set or citation file
    /// (astropy's 69 KB CITATION.cff has about 4,000).
    public static let expansionBudget = 200_000
    /// The deepest nesting walked: deeper documents are refused rather than risking the stack.
    public static let depthLimit = 256

    /// Why a YAML document is refused, and where.
    public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let message: String

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Refuses an alias written where a mapping key is expected: `? *name`, `*name:` at the
    /// start of a block entry, or after `{` or `,` in a flow mapping. Quoted text, comments and
    /// block scalars are skipped.
    public static func refuseAliasedKeys(in text: String) throws(Refusal) {
        var blockScalarIndent: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            let indent = bytes.prefix { $0 == 0x20 }.count
            if let scalarIndent = blockScalarIndent {
                if indent > scalarIndent || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
                blockScalarIndent = nil
            }
            var quote: UInt8?
            var index = 0
            // Whether the next non-space byte starts a node that may be a key.
            var atKeyStart = true
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == open { quote = nil }
                    index += 1
                    continue
                }
                switch byte {
                case 0x22, 0x27:  // " '
                    quote = byte
                    atKeyStart = false
                case 0x23 where index == 0 || bytes[index - 1] == 0x20:  // # comment
                    index = bytes.count
                    continue
                case 0x20, 0x09:
                    break
                case 0x2D, 0x3F:  // "- " or "? " keep a key start
                    let isIndicator = index + 1 == bytes.count || bytes[index + 1] == 0x20
                    if isIndicator && byte == 0x3F {
                        try refuseAlias(after: index + 1, in: bytes, line: number + 1)
                    }
                    if !isIndicator { atKeyStart = false }
                case 0x7B, 0x2C:  // { ,  (flow mapping keys follow)
                    atKeyStart = true
                    index += 1
                    continue
                case 0x7C, 0x3E:  // | > start a block scalar after a key's colon or a "- "
                    if atKeyStart || bytes[..<index].last(where: { $0 != 0x20 }) == 0x3A {
                        blockScalarIndent = indent
                        index = bytes.count
                        continue
                    }
                    atKeyStart = false
                case 0x2A where atKeyStart:  // *alias
                    var end = index + 1
                    while end < bytes.count, !" ,[]{}:".utf8.contains(bytes[end]) { end += 1 }
                    var after = end
                    while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                    if after < bytes.count, bytes[after] == 0x3A {
                        throw Refusal(line: number + 1, column: index + 1, message: "an alias ('\(String(decoding: bytes[index..<end], as: UTF8.self))') is used as a mapping key; write the key out")
                    }
                    atKeyStart = false
                case 0x3A:
                    atKeyStart = false
                default:
                    atKeyStart = false
                }
                index += 1
            }
        }
    }

    private static func refuseAlias(after start: Int, in bytes: [UInt8], line: Int) throws(Refusal) {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == 0x2A else { return }
        throw Refusal(line: line, column: index + 1, message: "an alias is used as a mapping key ('? *…'); write the key out")
    }

    /// Refuses a composed document that expands, aliases included, to more than `budget` nodes.
    public static func checkExpansion(_ node: Node, budget: Int = expansionBudget) throws(Refusal) {
        var sizes: [Position: Int] = [:]
        guard let total = size(of: node, memo: &sizes, budget: budget, depth: 0) else {
            throw Refusal(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                          message: "the document nests more than \(depthLimit) levels deep")
        }
        guard total <= budget else {
            throw Refusal(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                          message: "the document expands to more than \(budget) values through aliases (anchors used within anchors); write it without them")
        }
    }

    private struct Position: Hashable {
        let line: Int
        let column: Int
        let kind: Int
    }

    /// The node's size with aliases expanded, each anchored node sized once; stops counting
    /// past the budget; nil past the depth limit.
    private static func size(of node: Node, memo: inout [Position: Int], budget: Int, depth: Int) -> Int? {
        guard depth < depthLimit else { return nil }
        let kind: Int
        switch node {
        case .scalar, .alias: return 1
        case .mapping: kind = 1
        case .sequence: kind = 2
        }
        let position = node.mark.map { Position(line: $0.line, column: $0.column, kind: kind) }
        if let position, let known = memo[position] { return known }
        var total = 1
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping where total <= budget {
                guard let keySize = size(of: key, memo: &memo, budget: budget, depth: depth + 1),
                      let valueSize = size(of: value, memo: &memo, budget: budget, depth: depth + 1) else { return nil }
                total += keySize + valueSize
            }
        case .sequence(let sequence):
            for element in sequence where total <= budget {
                guard let elementSize = size(of: element, memo: &memo, budget: budget, depth: depth + 1) else { return nil }
                total += elementSize
            }
        case .scalar, .alias:
            break
        }
        if let position { memo[position] = total }
        return total
    }
}
