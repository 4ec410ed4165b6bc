import Foundation

/// Reads JSON strictly and turns syntax errors into positioned findings.
///
/// ``JSONScanner`` decides (it is strict where Foundation on Linux is lenient, and positions
/// are its job); Foundation's `JSONSerialization` then confirms the text. Should Foundation
/// still reject something the scanner accepted, its error is reported too, its "around
/// character N" byte offset converted to a line and column.
enum JSONSyntaxCheck {
    enum Outcome: Sendable {
        case parsed(JSONScanner.Result)
        case invalid(message: String, position: SourcePosition?)
    }

    static func read(_ data: Data) -> Outcome {
        let bytes = [UInt8](data)
        let result: JSONScanner.Result
        do {
            result = try JSONScanner.parse(bytes)
        } catch {
            return .invalid(message: error.message, position: error.position)
        }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            return .invalid(message: lowercasedFirst(description.trimmingCharacters(in: CharacterSet(charactersIn: "."))),
                            position: foundationPosition(of: description, in: bytes))
        }
        return .parsed(result)
    }

    /// Reads the position in a Foundation JSON error description: "around line 3, column 8"
    /// (swift-foundation on Darwin) as is, or "around character 19" (a 0-based UTF-8 byte offset,
    /// corelibs Foundation on Linux) converted to a line and column; nil when there is neither.
    static func foundationPosition(of description: String, in bytes: [UInt8]) -> SourcePosition? {
        if let lineRange = description.range(of: "line "), let columnRange = description.range(of: "column ") {
            let line = Int(description[lineRange.upperBound...].prefix { $0.isNumber })
            let column = Int(description[columnRange.upperBound...].prefix { $0.isNumber })
            if let line, let column { return SourcePosition(line: line, column: column) }
        }
        guard let range = description.range(of: "around character ") else { return nil }
        let digits = description[range.upperBound...].prefix { $0.isNumber }
        guard let offset = Int(digits) else { return nil }
        return position(ofByteOffset: offset, in: bytes)
    }

    static func position(ofByteOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1, column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
