import Foundation

/// Every fuzz target: one parser or normaliser of outside input each, named as
/// `Scripts/fuzz.sh` and `Fuzz/Corpus/<name>/` name it.
enum FuzzTarget: String, CaseIterable {
    /// Rule files (`Rules/*.yml`, `--rules`, a profile named by a repository).
    case rules
    /// A repository's `.ossrlint.yml`, applied to the shipped `ossr` set.
    case configuration
    /// `codemeta.json`: validation, its declared version, conversion to `.zenodo.json`.
    case codemeta
    /// `CITATION.cff`: validation and its declared version.
    case citation
    /// `.zenodo.json`: validation.
    case zenodo
    /// Packaging and metadata files read for licences and versions (TOML, INI, JSON, DCF,
    /// `setup.py`, conda recipes, gemspecs, REUSE).
    case packaging
    /// SPDX licence expressions and declared licence names.
    case spdx
    /// Licence texts and READMEs: normalisation, identification, the whole analysis.
    case licence
    /// Tag names and version strings.
    case version
    /// Path globs and their matching.
    case glob
    /// The report writers: JSON, JUnit XML, Markdown and console text.
    case reports

    /// Builds whatever the target shares between inputs.
    func prepare() {
        switch self {
        case .rules, .spdx, .version, .glob, .citation, .zenodo: break
        case .configuration: ConfigurationTarget.prepare()
        case .codemeta: CodeMetaTarget.prepare()
        case .packaging, .licence: LicenceTargetSupport.prepare()
        case .reports: ReportsTarget.prepare()
        }
    }

    /// Runs the target on one input.
    func run(_ data: Data) {
        switch self {
        case .rules: RulesTarget.run(data)
        case .configuration: ConfigurationTarget.run(data)
        case .codemeta: CodeMetaTarget.run(data)
        case .citation: CitationTarget.run(data)
        case .zenodo: ZenodoTarget.run(data)
        case .packaging: PackagingTarget.run(data)
        case .spdx: SPDXTarget.run(data)
        case .licence: LicenceTarget.run(data)
        case .version: VersionTarget.run(data)
        case .glob: GlobTarget.run(data)
        case .reports: ReportsTarget.run(data)
        }
    }
}
