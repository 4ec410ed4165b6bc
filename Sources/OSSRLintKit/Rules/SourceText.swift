/// A rule file's name and text, kept while its set resolves so that mistakes found after
/// decoding (a duplicate id, an unknown category, an `extends` cycle) quote their line.
struct SourceText {
    var file: String
    var yaml: String

    /// A `ConfigurationError` at `position` in this file, with the source line for the caret.
    func error(at position: SourcePosition?, _ message: String) -> ConfigurationError {
        guard let position else { return ConfigurationError(file: file, message: message) }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let source = lines.indices.contains(position.line - 1) ? String(lines[position.line - 1]) : nil
        return ConfigurationError(file: file, line: position.line, column: position.column, message: message, sourceLine: source)
    }
}
