import Foundation

/// Cuts one fuzz input into text fields at each 0xFF byte, which never occurs in UTF-8, so a
/// field can hold any text, control characters and NUL included, while libFuzzer's byte
/// mutations still reach every field. Fields past the end read as empty.
struct FuzzFields {
    private var fields: [Data]
    private var next = 0

    init(_ data: Data) {
        fields = data.split(separator: 0xFF, omittingEmptySubsequences: false).map { Data($0) }
    }

    /// How many fields are left.
    var remaining: Int { max(0, fields.count - next) }

    /// The next field's raw bytes.
    mutating func bytes() -> Data {
        defer { next += 1 }
        return next < fields.count ? fields[next] : Data()
    }

    /// The next field as text, invalid UTF-8 repaired as the reading code repairs it.
    mutating func text() -> String {
        String(decoding: bytes(), as: UTF8.self)
    }

    /// The next field as text, or nil when it is empty.
    mutating func optionalText() -> String? {
        let field = text()
        return field.isEmpty ? nil : field
    }

    /// One of `choices`, picked by the next field's first byte (the first choice when empty).
    mutating func choice<T>(_ choices: [T]) -> T {
        let byte = bytes().first.map(Int.init) ?? 0
        return choices[byte % choices.count]
    }

    /// A small number from the next field's first byte, below `limit`.
    mutating func number(below limit: Int) -> Int {
        (bytes().first.map(Int.init) ?? 0) % limit
    }
}
