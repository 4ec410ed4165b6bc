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
        #expect(Set(LicenceFixtures.references.map(\.id)) == Set(LicenceFixtures.index.referenceIDs))
    }

    @Test(arguments: LicenceFixtures.references)
    func referenceTextIsIdentifiedAsItselfUnderEveryMutation(_ reference: LicenceFixtures.Reference) {
        for (name, mutate) in Self.mutations {
            let result = LicenceFixtures.index.identify(mutate(reference.text))
            let found = result.matches.map(\.referenceID)
            #expect(found == [reference.id], "\(reference.id) \(name): found \(found), \(result.closestNonMatch?.summary ?? "")")
            // GNU families stay bare: the appendix's "any later version" is a template, not a choice.
            #expect(result.expression == reference.id, "\(reference.id) \(name): expression \(result.expression ?? "nil")")
            #expect(!result.notes.contains { $0.contains("adds licence-like terms") }, "\(reference.id) \(name)")
            if let match = result.matches.first {
                #expect(match.confidence >= 0.9, "\(reference.id) \(name): confidence \(match.confidence)")
            }
        }
    }
}
