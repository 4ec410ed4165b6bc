import Foundation
import Testing
import TestSupport

/// `ossrlint license` as a user runs it: the verdict first in text, the analysis as JSON, any
/// revision of a bare mirror, and the documented exit codes.
@Suite struct LicenceCLITests {
    /// A licence that grants use and copying to a closed group and forbids giving it to anyone else.
    static let noRedistributionLicence = """
        Sky Lab Software Licence

        Copyright (c) 2024 Sky Lab. All rights reserved.

        Permission is granted to members of the Sky Lab collaboration to use, copy and modify this
        software for their own research. You may not redistribute the software or any modified copy
        of it, in source or binary form, to anyone outside the collaboration without prior written
        permission of Sky Lab.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL SKY LAB BE
        LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE SOFTWARE.

        """

    private static let mitFiles = [
        "LICENSE": CompleteOSSRRepository.mitLicence,
        "package.json": #"{"name": "skytool", "version": "1.0.0", "license": "MIT"}"# + "\n",
    ]

    private static func ossrlint(_ arguments: String..., in repository: TemporaryRepository) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(arguments, in: repository.url, environment: repository.environment)
    }

    /// Standard output parsed as a JSON object; a test failure when it is not one.
    private static func object(_ result: ProcessRunner.Result) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(result.standardOutput)")
    }

    /// A `license` nesting 50,000 parentheses in package.json, CITATION.cff or codemeta.json
    /// crashed the whole run (exit 139); it is now a declaration that does not parse.
    @Test(arguments: ["package.json", "CITATION.cff", "codemeta.json"])
    func aDeeplyNestedLicenceExpressionDoesNotCrashARun(_ file: String) throws {
        let deep = String(repeating: "(", count: 50_000) + "MIT" + String(repeating: ")", count: 50_000)
        let content = switch file {
        case "CITATION.cff": "cff-version: 1.2.0\nmessage: cite\ntitle: x\nauthors: [{name: x}]\nlicense: '\(deep)'\n"
        default: #"{"name": "x", "license": ""# + deep + #""}"# + "\n"
        }
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: ["LICENSE": CompleteOSSRRepository.mitLicence, file: content])
        let licence = try Self.ossrlint("license", in: repository)
        #expect(licence.status == 0, "\(licence.standardError)")
        let check = try Self.ossrlint("check", "--format", "json", in: repository)
        #expect(check.status == 0 || check.status == 1, "\(check.standardError)")
        #expect(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) is [String: Any])
    }

    @Test func anMITLicenceIsReportedAsOSIApprovedMITWithItsFileAndDeclarations() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: Self.mitFiles)

        let text = try Self.ossrlint("license", in: repository)
        #expect(text.status == 0)
        #expect(text.standardOutput.hasPrefix("MIT (OSI-approved)\n"), "\(text.standardOutput)")
        #expect(text.standardError == "")

        let json = try Self.ossrlint("license", "--format", "json", in: repository)
        #expect(json.status == 0)
        let object = try Self.object(json)
        #expect(object["expression"] as? String == "MIT")
        #expect(object["osiApproved"] as? Bool == true)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "LICENSE")
        #expect(files.first?["spdx"] as? String == "MIT")
        let declared = try #require(object["declared"] as? [[String: Any]])
        #expect(declared.contains { ($0["source"] as? String)?.hasPrefix("package.json") == true && $0["value"] as? String == "MIT" }, "\(declared)")
    }

    @Test func noLicenceFileIsAJSONNullExpressionNotAString() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: ["README.md": "# skytool\n"])

        let json = try Self.ossrlint("license", "--format", "json", in: repository)
        #expect(json.status == 0)
        let object = try Self.object(json)
        #expect(object.keys.contains("expression"), "the verdict is left out rather than written as null")
        #expect(object["expression"] is NSNull, "\(String(describing: object["expression"]))")
        #expect(object["osiApproved"] as? Bool == false)
        #expect(json.standardOutput.contains(#""expression" : null"#))

        let text = try Self.ossrlint("license", in: repository)
        #expect(text.standardOutput == "no licence file\n")
    }

    /// Issue 19: a modified licence is never the standard one, and the user sees which licence
    /// it comes closest to and the words that differ.
    @Test func aModifiedMITIsShownAsModifiedWithTheClosestLicenceAndTheDifferingWords() throws {
        let modified = CompleteOSSRRepository.mitLicence.replacingOccurrences(of: "free of charge", with: "for non-commercial use only")
        try #require(modified != CompleteOSSRRepository.mitLicence)
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: ["LICENSE": modified])

        let text = try Self.ossrlint("license", in: repository)
        #expect(text.status == 0)
        #expect(text.standardOutput.hasPrefix("LicenseRef-modified-MIT (not OSI-approved)\n"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("'MIT'"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("removed 'free of charge'"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("added 'for non commercial use only'"), "\(text.standardOutput)")

        let object = try Self.object(try Self.ossrlint("license", "--format", "json", in: repository))
        #expect(object["expression"] as? String == "LicenseRef-modified-MIT")
    }

    @Test func aCustomLicenceForbiddingRedistributionIsALicenseRefThatIsNotOSIApproved() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: ["LICENSE": Self.noRedistributionLicence])

        let json = try Self.ossrlint("license", "--format", "json", in: repository)
        #expect(json.status == 0)
        let object = try Self.object(json)
        let expression = try #require(object["expression"] as? String)
        #expect(expression.hasPrefix("LicenseRef-"), "\(expression)")
        #expect(object["osiApproved"] as? Bool == false)
        let notes = try #require(object["notes"] as? [String])
        #expect(notes.contains { $0.contains("restricts redistribution") }, "\(notes)")

        let text = try Self.ossrlint("license", in: repository)
        #expect(text.standardOutput.hasPrefix("\(expression) (not OSI-approved)\n"), "\(text.standardOutput)")
    }

    @Test func revOnABareMirrorReadsThatRevisionNotHead() throws {
        let origin = try TemporaryRepository()
        try origin.commit("Import", files: Self.mitFiles)
        try origin.tag("v1.0.0", annotated: true)
        try origin.git("rm", "--quiet", "LICENSE")
        try origin.commitStaged("Remove the licence")
        let mirror = try TemporaryRepository(cloning: origin, arguments: ["--mirror"])

        let tagged = try OSSRLintExecutable.run(["license", "--rev", "v1.0.0", "--format", "json", mirror.path], in: mirror.root, environment: mirror.environment)
        #expect(tagged.status == 0, "\(tagged.standardError)")
        #expect(try Self.object(tagged)["expression"] as? String == "MIT")

        let head = try OSSRLintExecutable.run(["license", "--format", "json", mirror.path], in: mirror.root, environment: mirror.environment)
        #expect(head.status == 0, "\(head.standardError)")
        #expect(try Self.object(head)["expression"] is NSNull)
    }

    @Test func aFolderOutsideAnyRepositoryExitsThree() throws {
        let repository = try TemporaryRepository()
        let plain = repository.root.appendingPathComponent("home").path
        let result = try OSSRLintExecutable.run(["license", plain], in: repository.root, environment: repository.environment)
        #expect(result.status == 3)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("ossrlint: error: '\(plain)' is not inside a git repository"), "\(result.standardError)")
    }

    @Test func anUnknownRevisionExitsTwoAndNamesIt() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: Self.mitFiles)
        let result = try Self.ossrlint("license", "--rev", "v9.9.9", in: repository)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("ossrlint: error: revision 'v9.9.9' does not exist"), "\(result.standardError)")
    }

    @Test func anUnknownFormatIsAUsageErrorThatExitsTwoWithTheChoices() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: Self.mitFiles)
        let result = try Self.ossrlint("license", "--format", "xml", in: repository)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("'text' and 'json'"), "\(result.standardError)")
    }
}
