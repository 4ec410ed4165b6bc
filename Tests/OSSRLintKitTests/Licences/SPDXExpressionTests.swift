import Testing
@testable import OSSRLintKit

@Suite struct SPDXExpressionTests {
    /// 50,000 nested parentheses crashed the recursive parser (SIGSEGV); nesting is capped.
    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "(", count: 50_000) + "MIT" + String(repeating: ")", count: 50_000)
        #expect(throws: SPDXExpressionError.tooDeep(limit: 64)) { try SPDXExpression.parse(deep) }
        let allowed = String(repeating: "(", count: 64) + "MIT" + String(repeating: ")", count: 64)
        #expect(try SPDXExpression.parse(allowed) == .licence("MIT", orLater: false))
    }

    @Test func parsesPrecedenceWithBeforeAndBeforeOr() throws {
        let expression = try SPDXExpression.parse("MIT OR Apache-2.0 AND GPL-2.0-or-later WITH Classpath-exception-2.0")
        #expect(expression == .or([.licence("MIT", orLater: false),
                                   .and([.licence("Apache-2.0", orLater: false),
                                         .with(.licence("GPL-2.0-or-later", orLater: false), exception: "Classpath-exception-2.0")])]))
    }

    @Test func parenthesesAndPlusSurviveRendering() throws {
        let expression = try SPDXExpression.parse("(MIT OR Apache-2.0) AND LGPL-2.1+")
        #expect(expression.description == "(MIT OR Apache-2.0) AND LGPL-2.1+")
        #expect(expression.normalised().description == "(Apache-2.0 OR MIT) AND LGPL-2.1-or-later")
    }

    @Test func equivalentSpellingsNormaliseToTheSameExpression() throws {
        #expect(try SPDXExpression.parse("mit").normalised() == SPDXExpression.parse("MIT").normalised())
        #expect(try SPDXExpression.parse("GPL-3.0+").normalised() == SPDXExpression.parse("GPL-3.0-or-later"))
        #expect(try SPDXExpression.parse("apache-2.0 or mit").normalised() == SPDXExpression.parse("MIT OR Apache-2.0").normalised())
        #expect(LicenceNameResolver.expression(fromDeclared: "https://spdx.org/licenses/MIT") == .licence("MIT", orLater: false))
        #expect(LicenceNameResolver.expression(fromDeclared: "http://spdx.org/licenses/MIT.html") == .licence("MIT", orLater: false))
    }

    @Test(arguments: [("", SPDXExpressionError.empty), ("MIT AND", .missingOperand(after: "AND")),
                      ("(MIT OR Apache-2.0", .unbalancedParenthesis), ("MIT Apache-2.0", .unexpectedToken("Apache-2.0")),
                      ("MIT OR OR ISC", .unexpectedToken("OR"))])
    func malformedExpressionsAreRejectedQuotingTheToken(_ text: String, _ error: SPDXExpressionError) {
        #expect(throws: error) { try SPDXExpression.parse(text) }
    }

    @Test func osiApprovalNeedsEveryPart() throws {
        #expect(try SPDXExpression.parse("MIT AND Apache-2.0").isOSIApproved)
        #expect(try !SPDXExpression.parse("MIT AND CC-BY-4.0").isOSIApproved)
        #expect(try !SPDXExpression.parse("LicenseRef-custom").isOSIApproved)
    }

    @Test(arguments: [
        ("MIT License", "MIT"), ("Apache License, Version 2.0", "Apache-2.0"), ("BSD 3-Clause", "BSD-3-Clause"),
        ("GPLv3+", "GPL-3.0-or-later"), ("GPL (>= 2)", "GPL-2.0-or-later"), ("MIT + file LICENSE", "MIT"),
        ("GPL-2 | GPL-3", "GPL-2.0-only OR GPL-3.0-only"), ("License :: OSI Approved :: MIT License", "MIT"),
        ("License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)", "GPL-3.0-or-later"),
        ("https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"), ("BSD_3_clause + file LICENSE", "BSD-3-Clause"),
    ])
    func declaredLicenceNamesResolveToSPDX(_ declared: String, _ expected: String) throws {
        #expect(LicenceNameResolver.expression(fromDeclared: declared) == (try SPDXExpression.parse(expected).normalised()))
    }

    @Test func vagueDeclarationsResolveToNothing() {
        #expect(LicenceNameResolver.expression(fromDeclared: "License :: OSI Approved :: BSD License") == nil)
        #expect(LicenceNameResolver.expression(fromDeclared: "see LICENSE file") == nil)
    }

    @Test func spdxFactsAreLookedUpWithoutRegardToCase() throws {
        let facts = try #require(SPDXLicenceFacts.lookup("apache-2.0"))
        #expect(facts.id == "Apache-2.0")
        #expect(facts.isOSIApproved && facts.isFSFLibre && !facts.isDeprecated)
        #expect(SPDXLicenceFacts.lookup("GPL-3.0")?.isDeprecated == true)
        #expect(SPDXLicenceFacts.allLicences.count == 740)
        #expect(SPDXLicenceFacts.lookup("not-a-licence") == nil)
    }
}
