/// A declared version that does not agree with a reference: the release tag, or another
/// declared version.
public struct VersionMismatch: Sendable, Hashable {
    /// The declaration at fault.
    public var declared: DeclaredVersion
    /// What it was compared with: `tag 'v1.3.0'` or another declaration's ``DeclaredVersion/source``.
    public var reference: String
    /// The reference value (`v1.3.0`).
    public var referenceValue: String
    /// `.different`, or `.equivalent` when only the spelling differs (`2.1.0` against `v2.1`).
    public var agreement: VersionAgreement

    public init(declared: DeclaredVersion, reference: String, referenceValue: String, agreement: VersionAgreement) {
        self.declared = declared
        self.reference = reference
        self.referenceValue = referenceValue
        self.agreement = agreement
    }

    /// A message naming both sources and both values.
    public var message: String {
        switch agreement {
        case .equivalent:
            "\(declared.source) declares '\(declared.value)' and \(reference) is '\(referenceValue)': the same version spelled differently"
        case .identical, .different:
            "\(declared.source) declares '\(declared.value)' but \(reference) is '\(referenceValue)'"
        }
    }
}
