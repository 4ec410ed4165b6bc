import Foundation

/// Finds sentences in a README that point at a licence ("licensed under the MIT License",
/// "License: BSD-3-Clause") and names the licence when it can.
enum LicencePointerFinder {
    static let triggers = ["licensed under", "licenced under", "released under", "distributed under", "available under",
                           "under the terms of", "license:", "licence:", "spdx-license-identifier:"]

    static func pointers(path: String, text: String) -> [LicencePointer] {
        var pointers: [LicencePointer] = []
        let lowered = text.lowercased()
        for trigger in triggers {
            var searchStart = lowered.startIndex
            while let range = lowered.range(of: trigger, range: searchStart..<lowered.endIndex) {
                searchStart = range.upperBound
                let fragment = sentence(in: text, from: range.upperBound)
                guard !fragment.isEmpty else { continue }
                let original = text[range.lowerBound..<range.upperBound] + " " + fragment
                let pointer = LicencePointer(path: path, text: String(original), spdx: resolve(fragment)?.description)
                if !pointers.contains(pointer) {
                    pointers.append(pointer)
                }
            }
        }
        return pointers
    }

    /// The text from `start` to the end of the sentence or line, at most 100 characters, with
    /// Markdown links reduced to their text.
    private static func sentence(in text: String, from start: String.Index) -> String {
        var result = ""
        var index = start
        while index < text.endIndex && result.count < 100 {
            let character = text[index]
            if character == "\n" || character == ";" || character == "(" { break }
            if character == ".", text.index(after: index) == text.endIndex || text[text.index(after: index)].isWhitespace { break }
            result.append(character)
            index = text.index(after: index)
        }
        return result.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            .replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "`", with: "")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The licence a fragment names: its longest leading run of words that resolves.
    static func resolve(_ fragment: String) -> SPDXExpression? {
        var words = fragment.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        while let first = words.first, ["the", "a", "an", "terms", "of", "under"].contains(first.lowercased()) {
            words.removeFirst()
        }
        for length in stride(from: min(words.count, 9), through: 1, by: -1) {
            let candidate = words.prefix(length).joined(separator: " ")
            if let expression = LicenceNameResolver.expression(fromDeclared: candidate) {
                return expression
            }
        }
        return nil
    }
}
