/// An INI file (setup.cfg) read the way Python's `configparser` reads it, for the few values
/// OSSRLint takes from it: section names are case-sensitive and end at the last `]`, so
/// `[metadata] ; comment` is `metadata`; option names are case-blind (`Version =` is `version`);
/// `=` or `:` separates; lines indented deeper than their option continue its value; whole-line
/// `#` and `;` comments are skipped, while `;` inside a value stays (configparser's default).
/// Hand-written readers disagreed with setuptools on each of these.
struct INIDocument {
    struct Option {
        let section: String
        /// Lower-cased, as configparser's `optionxform` does.
        let key: String
        /// The value, continuation lines joined with "\n".
        var value: String
        /// The line of the option's name, from 1.
        let line: Int
    }

    let options: [Option]

    init(_ text: String) {
        var options: [Option] = []
        var section: String?
        var indentOfOption = 0
        var continuing = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let stripped = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.count - stripped.count
            if stripped.first == "#" || stripped.first == ";" { continue }
            let content = stripped.trimmingTrailingWhitespace
            // configparser keeps a value open across blank lines (empty_lines_in_values).
            if content.isEmpty { continue }
            if continuing, indent > indentOfOption, let last = options.indices.last {
                options[last].value += "\n" + content
                continue
            }
            continuing = false
            if content.first == "[", let close = content.lastIndex(of: "]"), close > content.startIndex {
                section = String(content[content.index(after: content.startIndex)..<close])
                continue
            }
            guard let section, let separator = content.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = content[..<separator].trimmingTrailingWhitespace.lowercased()
            let value = content[content.index(after: separator)...].drop { $0 == " " || $0 == "\t" }
            options.append(Option(section: section, key: key, value: String(value), line: offset + 1))
            indentOfOption = indent
            continuing = true
        }
        self.options = options
    }

    /// The first option `key` (lower-case) of `section`.
    func option(_ key: String, in section: String) -> Option? {
        options.first { $0.section == section && $0.key == key }
    }
}

private extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[..<end]
    }
}
