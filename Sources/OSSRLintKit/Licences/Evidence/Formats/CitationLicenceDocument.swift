/// The licence part of a CITATION.cff (`license`: an SPDX id or a list of them).
struct CitationLicenceDocument: Decodable {
    var license: LicenceFieldValues?
}
