import OSSRLintKit

/// The licence index the licence and packaging targets share, decoded once.
enum LicenceTargetSupport {
    static let index: LicenceIndex? = try? LicenceIndex.shared.get()

    static func prepare() {
        invariant(index != nil, "the licence index does not load")
    }
}
