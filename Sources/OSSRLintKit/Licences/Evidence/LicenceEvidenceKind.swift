/// The role a file plays as licence evidence, judged from its path alone.
public enum LicenceEvidenceKind: Sendable, Equatable {
    /// A licence file at the root (`LICENSE`, `COPYING.LESSER`, `LICENSE-MIT.md` …).
    case licenceFile
    /// A REUSE licence text, `LICENSES/<SPDX-ID>.<ext>`; the id is the file's stem.
    case reuseLicenceText(spdx: String)
    /// `REUSE.toml` or `.reuse/dep5`.
    case reuseConfiguration
    /// A packaging or metadata file with a licence field.
    case packaging(LicencePackagingFormat)
    /// The root README, which may point at a licence.
    case readme
}
