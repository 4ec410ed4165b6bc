import Foundation

/// Checks one aspect of `codemeta.json` the way OSSR publishing needs it (CodeMeta 2.0 or 3.0,
/// the eossr crosswalk, and what the Zenodo conversion requires). Not applicable when the file
/// is absent (`codemeta-present` reports that) or, for aspects past `valid-json`, not JSON.
///
/// ```yaml
/// check: codemeta
/// options: { aspect: zenodo-ready }
/// ```
public struct CodeMetaCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var aspect: String
    }

    public static let id = "codemeta"
    public static let summary = "codemeta.json is valid JSON, declares CodeMeta 2.0/3.0, and has complete, known, Zenodo-ready keys."
    public static let optionsHelp = [
        OptionHelp("aspect", "one of: valid-json, context, required, recommended, known-keys, zenodo-ready"),
    ]
    static let complete = """
        {"@context": "https://w3id.org/codemeta/3.0", "@type": "SoftwareSourceCode", "name": "tool",
         "description": "A tool.", "version": "1.0.0", "softwareVersion": "1.0.0",
         "datePublished": "2024-05-01", "license": "https://spdx.org/licenses/MIT",
         "readme": "https://example.org/tool/README.md",
         "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Lovelace"}],
         "maintainer": [{"@type": "Person", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.org"}]}
        """
    public static let examples = [
        CheckExample("complete required keys", options: "{aspect: required}", files: ["codemeta.json": complete], expected: .pass),
        CheckExample("an empty description", options: "{aspect: required}", files: ["codemeta.json": complete.replacingOccurrences(of: "\"A tool.\"", with: "\"\"")], expected: .fail),
        CheckExample("a bare licence id", options: "{aspect: zenodo-ready}", files: ["codemeta.json": complete.replacingOccurrences(of: "https://spdx.org/licenses/MIT", with: "MIT")], expected: .fail),
        CheckExample("CodeMeta 1.0", options: "{aspect: context}", files: ["codemeta.json": complete.replacingOccurrences(of: "https://w3id.org/codemeta/3.0", with: "https://doi.org/10.5063/schema/codemeta-1.0")], expected: .fail),
        CheckExample("a trailing comma", options: "{aspect: valid-json}", files: ["codemeta.json": "{\"name\": \"x\",}"], expected: .fail),
        CheckExample("a misspelt key", options: "{aspect: known-keys}", files: ["codemeta.json": complete.replacingOccurrences(of: "\"readme\"", with: "\"readMe\"")], expected: .fail),
        CheckExample("only known keys", options: "{aspect: known-keys}", files: ["codemeta.json": complete], expected: .pass),
        CheckExample("recommended keys missing", options: "{aspect: recommended}", files: ["codemeta.json": complete], expected: .fail),
        CheckExample("a CodeMeta 3.0 file", options: "{aspect: context}", files: ["codemeta.json": complete], expected: .pass),
        CheckExample("no codemeta.json", options: "{aspect: required}", files: ["README.md": "x\n"], expected: .notApplicable),
    ]

    static let aspects = CodeMetaValidator.ruleIDs.map { String($0.dropFirst("codemeta-".count)) }

    let rule: String

    public init(options: Options) throws(CheckOptionsError) {
        guard Self.aspects.contains(options.aspect) else {
            throw CheckOptionsError("'aspect' must be one of \(Self.aspects.joined(separator: ", ")), not '\(options.aspect)'")
        }
        rule = "codemeta-" + options.aspect
    }

    public var needs: FactNeeds { MetadataFileCheck.need("codemeta.json") }

    public var scope: PathScope { .root }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let entry = MetadataFileCheck.entry("codemeta.json", in: facts) else { return .notApplicable("there is no codemeta.json") }
        let data: Data
        do { data = try facts.data(of: entry) } catch { return error.outcome }
        let findings = CodeMetaValidator(knownLicenseIDs: Self.knownLicenceIDs).validate(data)
        if rule != "codemeta-valid-json", findings.contains(where: { $0.rule == "codemeta-valid-json" }) {
            return .notApplicable("codemeta.json is not valid JSON (see codemeta-valid-json)", evidence: [.path("codemeta.json")])
        }
        if rule != "codemeta-context", rule != "codemeta-valid-json", findings.contains(where: { $0.rule == "codemeta-context" && $0.severity == .error }) {
            return .notApplicable("codemeta.json declares no usable CodeMeta version (see codemeta-context)", evidence: [.path("codemeta.json")])
        }
        return MetadataFileCheck.outcome(findings.filter { $0.rule == rule }, file: "codemeta.json", passMessage: Self.passMessages[rule] ?? "codemeta.json passes", failSubject: "codemeta.json")
    }

    /// SPDX ids the codemeta licence URL may end with (a constant: built once per process).
    static let knownLicenceIDs: Set<String> = Set(SPDXLicenceFacts.allLicences.map(\.id))

    static let passMessages = [
        "codemeta-valid-json": "codemeta.json is valid JSON",
        "codemeta-context": "codemeta.json declares a CodeMeta version the OSSR accepts",
        "codemeta-required": "every required key is present and filled in",
        "codemeta-recommended": "every recommended key is present and filled in",
        "codemeta-known-keys": "every key is known to the declared CodeMeta version",
        "codemeta-zenodo-ready": "the values convert into a Zenodo record",
    ]
}
