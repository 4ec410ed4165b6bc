import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct LicenceReferenceIdentificationTests {
    /// Every mutation is applied at least once; they are combined to keep the debug-build suite fast.
    static let mutations: [(String, @Sendable (String) -> String)] = [
        ("as published", { $0 }),
        ("rewrapped at 50 columns, CRLF and BOM, another copyright holder", {
            LicenceTextMutations.windowsLineEndingsWithBOM(LicenceTextMutations.rewrapped(LicenceTextMutations.otherCopyrightHolder($0), width: 50))
        }),
        ("rewrapped at 120 columns as Markdown without its appendix", {
            LicenceTextMutations.markdown(LicenceTextMutations.rewrapped(LicenceTextMutations.withoutAppendix($0), width: 120))
        }),
        ("without its title, rewrapped at 72 columns as Markdown, CRLF and BOM", {
            LicenceTextMutations.windowsLineEndingsWithBOM(LicenceTextMutations.markdown(LicenceTextMutations.rewrapped(LicenceTextMutations.withoutTitle($0), width: 72)))
        }),
    ]

    @Test func everyChooseALicenseTextIsAvailable() {
        #expect(LicenceFixtures.references.count == 47)
        // The index knows every SPDX template; the choosealicense ids are among the ids it reports.
        #expect(Set(LicenceFixtures.references.map(\.id)).isSubset(of: Set(LicenceFixtures.index.referenceIDs)))
    }

    /// choosealicense texts that really differ from their SPDX templates, checked by hand
    /// against the templates: the template match must call them modified and name the words.
    /// CECILL-2.1's choosealicense text is the French version while the SPDX template is the
    /// English one: no template can match it, so it is a LicenseRef (no word list is asserted).
    /// ECL-2.0 deviates in two URLs: the one in its how-to-apply appendix, and the one that its
    /// optional preamble gives as "http://www.osedu.org/licenses/" and the choosealicense text as
    /// "http://opensource.org/licenses/ECL-2.0"; after its title that preamble is inside the
    /// licence, so without the appendix the text is still modified.
    static let deviations: [String: (expression: String, removed: [String], added: [String], inAppendix: Bool)] = [
        "CERN-OHL-P-2.0": ("LicenseRef-modified-CERN-OHL-P-2.0", ["you"], [], false),
        "ECL-2.0": ("LicenseRef-modified-ECL-2.0", [], ["opensource.org"], false),
        "GFDL-1.3": ("LicenseRef-modified-GFDL-1.3", ["http", "copyleft"], ["https", "licenses"], false),
        "CECILL-2.1": ("LicenseRef-", [], [], false),
    ]

    @Test(arguments: LicenceFixtures.references.filter { deviations[$0.id] != nil })
    func choosealicenseTextThatDiffersFromItsTemplateIsModifiedWithTheDifferingWords(_ reference: LicenceFixtures.Reference) throws {
        let deviation = try #require(Self.deviations[reference.id])
        for (name, mutate) in Self.mutations {
            let result = LicenceFixtures.index.identify(mutate(reference.text))
            if deviation.inAppendix && name.contains("without its appendix") {
                #expect(result.expression == reference.id, "\(reference.id) \(name): \(result.expression ?? "nil")")
                continue
            }
            #expect(result.matches.isEmpty, "\(reference.id) \(name)")
            guard deviation.expression != "LicenseRef-" else {
                #expect(result.expression?.hasPrefix("LicenseRef-") == true, "\(reference.id) \(name): \(result.expression ?? "nil")")
                continue
            }
            #expect(result.expression == deviation.expression, "\(reference.id) \(name): \(result.expression ?? "nil")")
            let nearMiss = try #require(result.closestNonMatch, "\(reference.id) \(name)")
            for word in deviation.removed {
                #expect(nearMiss.removed.contains { $0.split(separator: " ").contains(Substring(word)) }, "\(reference.id) \(name): \(nearMiss.summary)")
            }
            for word in deviation.added {
                #expect(nearMiss.added.contains { $0.split(separator: " ").contains(Substring(word)) }, "\(reference.id) \(name): \(nearMiss.summary)")
            }
        }
    }

    @Test(arguments: LicenceFixtures.references.filter { deviations[$0.id] == nil })
    func referenceTextIsIdentifiedAsItselfUnderEveryMutation(_ reference: LicenceFixtures.Reference) {
        for (name, mutate) in Self.mutations {
            let result = LicenceFixtures.index.identify(mutate(reference.text))
            let found = result.matches.map(\.referenceID)
            #expect(found == [reference.id], "\(reference.id) \(name): found \(found), \(result.closestNonMatch?.summary ?? "")")
            // GNU families stay bare: the appendix's "any later version" is a template, not a choice.
            #expect(result.expression == reference.id, "\(reference.id) \(name): expression \(result.expression ?? "nil")")
            #expect(!result.notes.contains { $0.contains("adds licence-like terms") }, "\(reference.id) \(name)")
            if let match = result.matches.first {
                #expect(match.confidence == 1, "\(reference.id) \(name): confidence \(match.confidence)")
            }
        }
    }
}
