/// The version `ossrlint --version` prints and every report records.
public enum OSSRLintVersion {
    public static let current = "0.1.0"

    /// Where a reader of a report learns what the tool checks: SARIF's `informationUri`.
    ///
    /// The ESCAPE OSSR pages, whose requirements the rules encode, until OSSRLint has a public
    /// home of its own; change it here when it has.
    public static let informationURI = "https://escape2020.pages.in2p3.fr/wp3/ossr-pages/"
}
