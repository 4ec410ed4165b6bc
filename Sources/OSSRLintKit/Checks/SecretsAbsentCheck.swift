/// Fails when any text file holds a private key or an access token: PEM private keys, GitLab
/// (`glpat-`) and GitHub (`ghp_`, `github_pat_` …) tokens, AWS access key ids, and Zenodo
/// tokens written as literals in CI files. Every text file is searched, whatever its name (a
/// `deploy_key.txt` went unseen when only key-like names were read), and the verdict says what
/// was read and what was not. The secret is never repeated in a report: only where it is.
///
/// ```yaml
/// check: secrets-absent
/// options: { exclude: ["tests/data/fake-keys/**"] }
/// ```
public struct SecretsAbsentCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var maxBytes: Int?
        var exclude: [String]?
    }

    public static let id = "secrets-absent"
    public static let summary = "No text file holds a private key or an access token."
    public static let optionsHelp = [
        OptionHelp("maxBytes", "files larger than this are counted, not read (default 1048576)"),
        OptionHelp("exclude", "glob patterns of paths whose findings do not count (deliberate test fixtures)"),
    ]
    // Examples of secrets are put together here, so that this file does not hold one.
    static let rsaKey = "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n"
    static let gitLabToken = "glpat" + "-AbCdEfGhIjKlMnOpQrSt12"
    public static let examples = [
        CheckExample("no secrets", files: ["README.md": "# Tool\n", "deploy.sh": "curl -H \"Authorization: Bearer $TOKEN\"\n"], expected: .pass),
        CheckExample("a private key under any name", files: ["deploy_key.txt": rsaKey], expected: .fail),
        CheckExample("a GitLab token in a script", files: ["scripts/push.sh": "git push https://oauth2:\(gitLabToken)@gitlab.example.org/x.git\n"], expected: .fail),
        CheckExample("a Zenodo token pasted into CI", files: [".gitlab-ci.yml": "release:\n  variables:\n    ZENODO_TOKEN: \"aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3r\"\n"], expected: .fail),
        CheckExample("a Zenodo token from a CI variable", files: [".gitlab-ci.yml": "release:\n  script:\n    - eossr-upload-repository --token \"$ZENODO_TOKEN\" --input-dir build\n"], expected: .pass),
        CheckExample("a key's header in documentation", files: ["docs/keys.md": "Never commit a file that starts with `-----BEGIN RSA PRIVATE KEY-----`.\n"], expected: .pass),
        CheckExample("a key in a JSON credentials file", files: ["service.json": "{\"private_key\": \"" + rsaKey.replacingOccurrences(of: "\n", with: "\\n") + "\"}\n"], expected: .fail),
        CheckExample("a fixture key excluded on purpose", options: "{exclude: ['tests/data/**']}", files: ["tests/data/fake.pem": rsaKey], expected: .pass),
    ]

    let limits: SecretScanLimits
    let excludes: [Glob]

    public init(options: Options) throws(CheckOptionsError) {
        var limits = SecretScanLimits.standard
        if let maxBytes = options.maxBytes {
            guard maxBytes > 0 else { throw CheckOptionsError("'maxBytes' must be positive, not \(maxBytes)") }
            limits.perFile = maxBytes
        }
        self.limits = limits
        var excludes: [Glob] = []
        for pattern in options.exclude ?? [] {
            do { excludes.append(try Glob(pattern)) } catch { throw CheckOptionsError(error.description) }
        }
        self.excludes = excludes
    }

    public var needs: FactNeeds { .secrets(limits) }

    public var scope: PathScope { .tree }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let scan: SecretScan
        do { scan = try facts.secretScan() } catch { return error.outcome }
        let findings = scan.findings.filter { finding in !excludes.contains { $0.matches(Array(finding.path.utf8)) } }
        let read = Self.describe(scan)
        guard let first = findings.first else {
            return .pass("no private key or token in \(read)")
        }
        let evidence = findings.map { Evidence.path($0.path, "\($0.kind) (not shown)", line: $0.line) }
        let count = findings.count == 1 ? "a secret" : "\(findings.count) secrets"
        return .fail("\(count) committed, first \(first.kind) at \(first.path):\(first.line); searched \(read)", evidence: evidence)
    }

    /// "312 text files (2.4 MiB) searched; 3 binary files and 1 file over 1.0 MiB not read".
    static func describe(_ scan: SecretScan) -> String {
        var text = "\(scan.scannedFiles) text file\(scan.scannedFiles == 1 ? "" : "s") (\(ByteCount.describe(scan.scannedBytes)))"
        var skipped: [String] = []
        if scan.skippedBinary > 0 { skipped.append("\(scan.skippedBinary) binary") }
        if scan.skippedLarge > 0 { skipped.append("\(scan.skippedLarge) too large") }
        if scan.unreadable > 0 { skipped.append("\(scan.unreadable) unreadable") }
        if scan.leftOver > 0 { skipped.append("\(scan.leftOver) beyond the scan's budget") }
        if !skipped.isEmpty { text += "; not read: " + skipped.joined(separator: ", ") }
        return text
    }
}
