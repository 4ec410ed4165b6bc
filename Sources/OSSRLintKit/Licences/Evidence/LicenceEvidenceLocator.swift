/// Picks, from a repository's paths, the files the licence analysis needs to read, and finds
/// vendored trees and submodules that should carry their own licence.
public enum LicenceEvidenceLocator {
    /// The paths whose contents `LicenceAnalysis.analyse` needs, in the order given.
    public static func pathsToRead(among paths: [String]) -> [String] {
        paths.filter { kind(of: $0) != nil }
    }

    /// What `path` is as licence evidence, or nil when it is none.
    public static func kind(of path: String) -> LicenceEvidenceKind? {
        let components = path.split(separator: "/").map(String.init)
        guard let name = components.last else { return nil }
        let lower = name.lowercased()
        if components.count == 1 {
            if isLicenceFileName(name) { return .licenceFile }
            if lower == "reuse.toml" { return .reuseConfiguration }
            if lower == "readme" || lower.hasPrefix("readme.") { return .readme }
            if let format = packagingFormat(ofRootFile: name) { return .packaging(format) }
        }
        if components.count == 2 && components[0] == "LICENSES" {
            let stem = name.split(separator: ".").count > 1 ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
            return .reuseLicenceText(spdx: stem)
        }
        if components == [".reuse", "dep5"] { return .reuseConfiguration }
        if lower == "meta.yaml" && components.count == 2 && ["conda", "recipe", "conda.recipe", "conda-recipe"].contains(components[0].lowercased()) {
            return .packaging(.conda)
        }
        if lower == "meta.yaml" && components.count == 3 && components[0].lowercased() == "conda" && components[1].lowercased() == "recipe" {
            return .packaging(.conda)
        }
        return nil
    }

    static func packagingFormat(ofRootFile name: String) -> LicencePackagingFormat? {
        switch name {
        case "codemeta.json": return .codemeta
        case "CITATION.cff": return .citation
        case "pyproject.toml": return .pyproject
        case "setup.cfg": return .setupConfig
        case "setup.py": return .setupScript
        case "package.json": return .npm
        case "Cargo.toml": return .cargo
        case "DESCRIPTION": return .rDescription
        case "meta.yaml": return .conda
        default: return name.hasSuffix(".gemspec") ? .gemspec : nil
        }
    }

    /// Whether a file name is a usual licence file name, in any case: LICENSE, LICENCE, COPYING,
    /// COPYING.LESSER, UNLICENSE, optionally with a suffix (`LICENSE-MIT`, `LICENSE.APACHE`,
    /// `MIT-LICENSE`) and a text extension (.md, .txt, .rst, .markdown, .adoc, .org).
    public static func isLicenceFileName(_ name: String) -> Bool {
        var stem = name.lowercased()
        for ext in [".md", ".txt", ".rst", ".markdown", ".adoc", ".org"] where stem.hasSuffix(ext) {
            stem.removeLast(ext.count)
            break
        }
        for base in ["license", "licence", "unlicense", "unlicence", "copying"] {
            if stem == base { return true }
            if stem.hasPrefix(base), let separator = stem.dropFirst(base.count).first, "-._".contains(separator) {
                let rest = stem.dropFirst(base.count + 1)
                return !rest.isEmpty && rest.allSatisfy { $0.isLetter || $0.isNumber || "-._".contains($0) }
            }
        }
        for base in ["license", "licence"] {
            for separator in ["-", "_"] where stem.hasSuffix(separator + base) {
                let rest = stem.dropLast(base.count + 1)
                return !rest.isEmpty && rest.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
            }
        }
        return false
    }

    /// Folder names under which third-party code is conventionally vendored (astropy's
    /// `cextern` included).
    static let vendorFolders: Set<String> = ["vendor", "third_party", "thirdparty", "third-party", "external", "extern", "cextern", "3rdparty", "contrib"]

    /// Libraries that research software commonly copies in whole, under their own name
    /// (`src/minpack`, `src/port3` in PyBDSF), with licences of their own.
    static let knownLibraries: Set<String> = ["minpack", "port3", "lapack", "blas", "cephes", "fftpack", "quadpack", "odepack", "arpack",
                                              "natgrid", "cfitsio", "wcslib", "erfa", "sofa", "healpix", "pybind11", "eigen", "googletest",
                                              "catch2", "cubature", "qhull", "libqhull", "sundials", "fftw", "gsl"]

    /// Folders that hold licence files without being someone else's code.
    private static let licenceHolders: Set<String> = ["licenses", "licences", "license", "licence", ".reuse", "doc", "docs", "documentation", ".github", ".gitlab"]

    /// The vendored trees and the submodules, with the licence files directly inside each. A
    /// tree is vendored when it is a direct child of a vendor folder anywhere in the tree, a
    /// folder named after a library research code commonly copies in, or a folder below the
    /// root that carries a licence file of its own (natgrid's NCAR notice in PyBDSF).
    public static func thirdPartyRoots(among paths: [String], submodules: [String] = []) -> [ThirdPartyLicenceRoot] {
        var roots: [String] = []
        var seen = Set<String>()
        for path in paths {
            let components = path.split(separator: "/").map(String.init)
            for (offset, component) in components.enumerated() where offset + 1 < components.count {
                let lowered = component.lowercased()
                let root: String
                if vendorFolders.contains(lowered), offset + 2 < components.count {
                    root = components[0...(offset + 1)].joined(separator: "/")
                } else if knownLibraries.contains(lowered) {
                    root = components[0...offset].joined(separator: "/")
                } else if offset + 2 == components.count, isLicenceFileName(components[offset + 1]),
                          !components[0...offset].contains(where: { licenceHolders.contains($0.lowercased()) }) {
                    root = components[0...offset].joined(separator: "/")
                } else {
                    continue
                }
                if seen.insert(root).inserted { roots.append(root) }
                break
            }
        }
        // A root inside another root is part of it.
        roots = roots.filter { root in !roots.contains { $0 != root && root.hasPrefix($0 + "/") } }
        let submoduleSet = Set(submodules)
        for submodule in submodules where seen.insert(submodule).inserted {
            roots.append(submodule)
        }
        return roots.map { root in
            let prefix = root + "/"
            let files = paths.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") && isLicenceFileName(String($0.dropFirst(prefix.count))) }
            return ThirdPartyLicenceRoot(path: root, isSubmodule: submoduleSet.contains(root), licenceFiles: files)
        }
    }
}
