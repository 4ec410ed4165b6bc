import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct LicenceReferenceIdentificationTests {
    static let mutations: [(String, @Sendable (String) -> String)] = [
        ("as published", { $0 }),
        ("rewrapped at 50 columns", { LicenceTextMutations.rewrapped($0, width: 50) }),
        ("rewrapped at 120 columns", { LicenceTextMutations.rewrapped($0, width: 120) }),
        ("as Markdown", { LicenceTextMutations.markdown($0) }),
        ("with CRLF and a BOM", { LicenceTextMutations.windowsLineEndingsWithBOM($0) }),
        ("with another copyright holder", { LicenceTextMutations.otherCopyrightHolder($0) }),
        ("without its title", { LicenceTextMutations.withoutTitle($0) }),
        ("without its appendix", { LicenceTextMutations.withoutAppendix($0) }),
        ("rewrapped Markdown without title, CRLF", {
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
            if let match = result.matches.first {
                #expect(match.confidence >= 0.9, "\(reference.id) \(name): confidence \(match.confidence)")
            }
        }
    }
}
