import Foundation

/// Turns the ways packaging metadata writes a licence into an SPDX expression: SPDX ids and
/// expressions in any case, `https://spdx.org/licenses/<id>` and a few other well-known licence
/// URLs, SPDX licence names ("MIT License"), common aliases ("Apache 2.0", "GPLv3+", "new BSD"),
/// R's `License:` syntax ("GPL (>= 2)", "MIT + file LICENSE", "GPL-2 | GPL-3") and Python trove
/// classifiers ("License :: OSI Approved :: MIT License").
public enum LicenceNameResolver {
    /// The expression a declared value stands for, normalised; nil when it names no known licence.
    public static func expression(fromDeclared value: String) -> SPDXExpression? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasPrefix("License ::") {
            return expression(fromClassifier: trimmed)
        }
        if let fromURL = expression(fromURL: trimmed) {
            return fromURL
        }
        if let parsed = try? SPDXExpression.parse(trimmed), isKnown(parsed) {
            return parsed.normalised()
        }
        if let rStyle = expression(fromRLicenceField: trimmed) {
            return rStyle
        }
        return expression(fromName: trimmed)
    }

    /// The expression for a trove classifier such as "License :: OSI Approved :: GNU General
    /// Public License v3 or later (GPLv3+)"; nil for vague ones ("BSD License", "Other/Proprietary").
    public static func expression(fromClassifier classifier: String) -> SPDXExpression? {
        let name = classifier.components(separatedBy: "::").last?.trimmingCharacters(in: .whitespaces) ?? ""
        if let id = classifierNames[name.lowercased()] {
            return try? SPDXExpression.parse(id).normalised()
        }
        return expression(fromName: name)
    }

    private static func isKnown(_ expression: SPDXExpression) -> Bool {
        switch expression {
        case .licence(let id, _):
            return SPDXLicenceFacts.lookup(id) != nil || id.lowercased().hasPrefix("licenseref-") || id.lowercased().hasPrefix("documentref-")
        case .with(let licence, _):
            return isKnown(licence)
        case .and(let parts), .or(let parts):
            return parts.allSatisfy(isKnown)
        }
    }

    static func expression(fromURL text: String) -> SPDXExpression? {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var path = lower.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
        if path.hasPrefix("www.") { path.removeFirst(4) }
        while path.hasSuffix("/") { path.removeLast() }
        for suffix in [".html", ".json", ".txt", ".php"] where path.hasSuffix(suffix) {
            path.removeLast(suffix.count)
        }
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        if path.hasPrefix("spdx.org/licenses/") || path.hasPrefix("opensource.org/licenses/") || path.hasPrefix("opensource.org/license/") {
            if let facts = SPDXLicenceFacts.lookup(last) {
                return .licence(facts.id, orLater: false).normalised()
            }
            if let alias = aliases[last] {
                return try? SPDXExpression.parse(alias).normalised()
            }
            return nil
        }
        let known: [String: String] = [
            "apache.org/licenses/license-2.0": "Apache-2.0",
            "gnu.org/licenses/gpl-3.0": "GPL-3.0", "gnu.org/licenses/gpl-2.0": "GPL-2.0",
            "gnu.org/licenses/lgpl-3.0": "LGPL-3.0", "gnu.org/licenses/lgpl-2.1": "LGPL-2.1",
            "gnu.org/licenses/agpl-3.0": "AGPL-3.0", "mozilla.org/mpl/2.0": "MPL-2.0",
            "creativecommons.org/licenses/by/4.0": "CC-BY-4.0", "creativecommons.org/licenses/by-sa/4.0": "CC-BY-SA-4.0",
            "creativecommons.org/publicdomain/zero/1.0": "CC0-1.0", "eclipse.org/legal/epl-2.0": "EPL-2.0",
        ]
        for (prefix, id) in known where path.hasPrefix(prefix) {
            return .licence(id, orLater: false)
        }
        return nil
    }

    /// R DESCRIPTION syntax: alternatives separated by `|`, `+ file LICENSE` additions, and
    /// version ranges such as `(>= 2)`.
    static func expression(fromRLicenceField text: String) -> SPDXExpression? {
        guard text.contains("|") || text.contains("file LICEN") || text.contains("(>=") || text.contains("(==") || rNames[text] != nil else {
            return nil
        }
        var alternatives: [SPDXExpression] = []
        for alternative in text.split(separator: "|") {
            var part = alternative.trimmingCharacters(in: .whitespaces)
            for addition in ["+ file LICENSE", "+ file LICENCE"] {
                part = part.replacingOccurrences(of: addition, with: "")
            }
            part = part.trimmingCharacters(in: .whitespaces)
            var orLater = false
            if let open = part.range(of: "(") {
                let range = part[open.upperBound...].replacingOccurrences(of: ")", with: "").trimmingCharacters(in: .whitespaces)
                orLater = range.hasPrefix(">=")
                let version = range.replacingOccurrences(of: ">=", with: "").replacingOccurrences(of: "==", with: "").trimmingCharacters(in: .whitespaces)
                part = part[..<open.lowerBound].trimmingCharacters(in: .whitespaces) + "-" + version
            }
            let key = part.replacingOccurrences(of: " ", with: "-")
            guard let id = rNames[key] ?? rNames[part] ?? SPDXLicenceFacts.lookup(key)?.id ?? aliases[key.lowercased()] else {
                if let named = expression(fromName: part) {
                    alternatives.append(named)
                    continue
                }
                return nil
            }
            if orLater, let family = SPDXExpression.gnuFamily(of: id) {
                alternatives.append(.licence(family + "-or-later", orLater: false))
            } else if SPDXExpression.gnuFamily(of: id) != nil {
                alternatives.append(.licence(id + "-only", orLater: false))
            } else {
                alternatives.append(.licence(id, orLater: false))
            }
        }
        guard !alternatives.isEmpty else { return nil }
        return (alternatives.count == 1 ? alternatives[0] : .or(alternatives)).normalised()
    }

    static func expression(fromName name: String) -> SPDXExpression? {
        let key = name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let facts = SPDXLicenceFacts.lookup(name: key) {
            return .licence(facts.id, orLater: false).normalised()
        }
        if let alias = aliases[key] ?? aliases[key.replacingOccurrences(of: "the ", with: "")] {
            return try? SPDXExpression.parse(alias).normalised()
        }
        for suffix in [" license", " licence"] where key.hasSuffix(suffix) {
            let shorter = String(key.dropLast(suffix.count))
            if let alias = aliases[shorter] { return try? SPDXExpression.parse(alias).normalised() }
            if let facts = SPDXLicenceFacts.lookup(shorter.replacingOccurrences(of: " ", with: "-")) {
                return .licence(facts.id, orLater: false).normalised()
            }
        }
        return nil
    }

    /// R's abbreviations (https://svn.r-project.org/R/trunk/share/licenses/license.db).
    static let rNames: [String: String] = [
        "GPL-2": "GPL-2.0", "GPL-3": "GPL-3.0", "LGPL-2": "LGPL-2.0", "LGPL-2.1": "LGPL-2.1", "LGPL-3": "LGPL-3.0",
        "AGPL-3": "AGPL-3.0", "BSD_2_clause": "BSD-2-Clause", "BSD_3_clause": "BSD-3-Clause", "MIT": "MIT",
        "Apache-License-2.0": "Apache-2.0", "Artistic-2.0": "Artistic-2.0", "CC0": "CC0-1.0", "MPL-2.0": "MPL-2.0",
        "GPL-2.0": "GPL-2.0", "GPL-3.0": "GPL-3.0", "Unlimited": "LicenseRef-R-Unlimited", "EUPL-1.2": "EUPL-1.2",
        "CC-BY-4.0": "CC-BY-4.0", "CC-BY-SA-4.0": "CC-BY-SA-4.0",
    ]

    /// Lower-cased aliases seen in packaging metadata, mapped to SPDX expressions.
    static let aliases: [String: String] = [
        "mit": "MIT", "mit license": "MIT", "expat": "MIT", "mit/x11": "MIT", "x11": "X11",
        "bsd-3": "BSD-3-Clause", "bsd 3-clause": "BSD-3-Clause", "bsd-3-clause license": "BSD-3-Clause", "new bsd": "BSD-3-Clause",
        "modified bsd": "BSD-3-Clause", "3-clause bsd": "BSD-3-Clause", "bsd3": "BSD-3-Clause", "revised bsd": "BSD-3-Clause",
        "bsd-2": "BSD-2-Clause", "bsd 2-clause": "BSD-2-Clause", "simplified bsd": "BSD-2-Clause", "freebsd": "BSD-2-Clause",
        "2-clause bsd": "BSD-2-Clause", "bsd2": "BSD-2-Clause",
        "apache": "Apache-2.0", "apache 2": "Apache-2.0", "apache 2.0": "Apache-2.0", "apache-2": "Apache-2.0", "apache2": "Apache-2.0",
        "apache license 2.0": "Apache-2.0", "apache license, version 2.0": "Apache-2.0", "apache license version 2.0": "Apache-2.0",
        "apache software license": "Apache-2.0", "asl 2.0": "Apache-2.0", "apache-2.0 license": "Apache-2.0",
        "gplv2": "GPL-2.0-only", "gpl-2": "GPL-2.0-only", "gpl v2": "GPL-2.0-only", "gpl2": "GPL-2.0-only",
        "gplv2+": "GPL-2.0-or-later", "gpl-2+": "GPL-2.0-or-later", "gplv3": "GPL-3.0-only", "gpl-3": "GPL-3.0-only",
        "gpl v3": "GPL-3.0-only", "gpl3": "GPL-3.0-only", "gplv3+": "GPL-3.0-or-later", "gpl-3+": "GPL-3.0-or-later",
        "gnu gpl v3": "GPL-3.0-only", "gnu gplv3": "GPL-3.0-only", "gnu general public license v3": "GPL-3.0-only",
        "gnu general public license v3 or later": "GPL-3.0-or-later", "gnu general public license v2": "GPL-2.0-only",
        "lgplv2.1": "LGPL-2.1-only", "lgpl-2.1": "LGPL-2.1-only", "lgplv2.1+": "LGPL-2.1-or-later", "lgplv3": "LGPL-3.0-only",
        "lgpl-3": "LGPL-3.0-only", "lgplv3+": "LGPL-3.0-or-later", "agplv3": "AGPL-3.0-only", "agpl-3": "AGPL-3.0-only",
        "agplv3+": "AGPL-3.0-or-later", "mpl 2.0": "MPL-2.0", "mpl-2": "MPL-2.0", "mpl2": "MPL-2.0", "mozilla public license 2.0": "MPL-2.0",
        "isc license": "ISC", "iscl": "ISC", "unlicense": "Unlicense", "the unlicense": "Unlicense", "cc0": "CC0-1.0",
        "cc0 1.0": "CC0-1.0", "cc by 4.0": "CC-BY-4.0", "cc-by 4.0": "CC-BY-4.0", "cc by-sa 4.0": "CC-BY-SA-4.0",
        "eupl 1.2": "EUPL-1.2", "eupl-1.2": "EUPL-1.2", "eupl 1.1": "EUPL-1.1", "zlib": "Zlib", "zlib/libpng": "Zlib",
        "boost": "BSL-1.0", "bsl": "BSL-1.0", "boost software license 1.0": "BSL-1.0", "wtfpl": "WTFPL", "postgresql": "PostgreSQL",
        "cecill 2.1": "CECILL-2.1", "cecill-2.1": "CECILL-2.1", "epl 2.0": "EPL-2.0", "epl-2": "EPL-2.0", "0bsd": "0BSD",
    ]

    /// Trove classifier names (lower-cased) mapped to SPDX expressions; vague ones are absent.
    static let classifierNames: [String: String] = [
        "mit license": "MIT", "mit no attribution license (mit-0)": "MIT-0", "apache software license": "Apache-2.0",
        "gnu general public license v2 (gplv2)": "GPL-2.0-only", "gnu general public license v2 or later (gplv2+)": "GPL-2.0-or-later",
        "gnu general public license v3 (gplv3)": "GPL-3.0-only", "gnu general public license v3 or later (gplv3+)": "GPL-3.0-or-later",
        "gnu lesser general public license v2 (lgplv2)": "LGPL-2.0-only", "gnu lesser general public license v2 or later (lgplv2+)": "LGPL-2.0-or-later",
        "gnu lesser general public license v3 (lgplv3)": "LGPL-3.0-only", "gnu lesser general public license v3 or later (lgplv3+)": "LGPL-3.0-or-later",
        "gnu affero general public license v3": "AGPL-3.0-only", "gnu affero general public license v3 or later (agplv3+)": "AGPL-3.0-or-later",
        "mozilla public license 2.0 (mpl 2.0)": "MPL-2.0", "isc license (iscl)": "ISC", "the unlicense (unlicense)": "Unlicense",
        "eclipse public license 2.0 (epl-2.0)": "EPL-2.0", "european union public licence 1.2 (eupl 1.2)": "EUPL-1.2",
        "european union public licence 1.1 (eupl 1.1)": "EUPL-1.1", "boost software license 1.0 (bsl-1.0)": "BSL-1.0",
        "zlib/libpng license": "Zlib", "cecill-2.1": "CECILL-2.1", "academic free license (afl)": "AFL-3.0",
        "cea cnrs inria logiciel libre license, version 2.1 (cecill-2.1)": "CECILL-2.1", "cc0 1.0 universal (cc0 1.0) public domain dedication": "CC0-1.0",
        "universal permissive license (upl)": "UPL-1.0", "university of illinois/ncsa open source license": "NCSA",
        "sil open font license 1.1 (ofl-1.1)": "OFL-1.1", "blue oak model license (blueoak-1.0.0)": "BlueOak-1.0.0",
    ]
}
