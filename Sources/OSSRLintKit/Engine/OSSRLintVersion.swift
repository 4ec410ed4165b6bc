/// The version `ossrlint --version` prints and every report records.
public enum OSSRLintVersion {
    public static let current = "0.1.0"
}
