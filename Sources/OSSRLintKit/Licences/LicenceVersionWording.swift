/// What a text says about later versions of a GNU-family licence.
///
/// SPDX writes the GNU licences (GPL, LGPL, AGPL, GFDL) as `-only` or `-or-later`; which one a
/// project chose is only known from wording such as "or (at your option) any later version",
/// "GPLv3+" or "version 3 only", wherever it appears: a file header, the README, a packaging
/// declaration. The how-to-apply appendix printed inside the licence text does not count, since
/// it is a template every copy carries.
public enum LicenceVersionWording: String, Sendable, Equatable, Codable {
    /// The text allows any later version.
    case orLater
    /// The text limits the licence to the version named.
    case only

    /// Finds the wording in normalised words, and `+` suffixes such as `GPLv3+` in the raw text.
    static func find(inWords words: [String], rawText: String? = nil) -> LicenceVersionWording? {
        for phrase in ["any later version", "or later", "or any later", "and any later version"] where WordPhrases.contains(phrase, in: words) {
            return .orLater
        }
        if let rawText, hasPlusSuffix(rawText) {
            return .orLater
        }
        for (i, word) in words.enumerated() where word == "only" && i > 0 {
            let previous = words[i - 1]
            if previous.first?.isNumber == true || (previous.hasPrefix("v") && previous.dropFirst().first?.isNumber == true)
                || previous.hasSuffix("gpl") || previous.hasPrefix("gplv") || previous.hasPrefix("lgplv") || previous.hasPrefix("agplv") {
                return .only
            }
        }
        return nil
    }

    /// Finds the wording within 30 words after a mention of a GNU licence ("GPL", "GNU",
    /// "General Public License"), so that "Python 3.8 or later" in a README does not count.
    static func find(nearGNUMentionIn words: [String], rawText: String? = nil) -> LicenceVersionWording? {
        if let rawText, hasPlusSuffix(rawText) {
            return .orLater
        }
        var found: LicenceVersionWording?
        for (i, word) in words.enumerated() where isGNUMention(word) || (word == "general" && i + 1 < words.count && words[i + 1] == "public") {
            let window = Array(words[i..<min(words.count, i + 30)])
            if let wording = find(inWords: window) {
                if wording == .orLater { return .orLater }
                found = wording
            }
        }
        return found
    }

    private static func isGNUMention(_ word: String) -> Bool {
        word == "gnu" || word.hasSuffix("gpl") || word.hasPrefix("gplv") || word.hasPrefix("lgplv") || word.hasPrefix("agplv") || word == "gfdl"
    }

    /// Whether the text writes a GNU licence with a trailing `+`, e.g. `GPL-2.0+` or `LGPLv2.1+`.
    static func hasPlusSuffix(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 1
            while i < bytes.count {
                // Whole licences hold few "+" signs: skip eight bytes at a time while none is among them.
                if i + 8 <= bytes.count && !mayHoldPlus(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                if bytes[i] == 43 && bytes[i - 1] >= 48 && bytes[i - 1] <= 57 {
                    let window = String(decoding: bytes[max(0, i - 12)..<i], as: UTF8.self).lowercased()
                    if window.contains("gpl") || window.contains("gfdl") {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether any of the eight bytes of `chunk` may be "+" (the zero-byte test on `chunk` xor
    /// eight "+"; it has no false negatives).
    private static func mayHoldPlus(_ chunk: UInt64) -> Bool {
        let difference = chunk ^ 0x2B2B_2B2B_2B2B_2B2B
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
