import Testing
@testable import OSSRLintKit

@Suite struct CIConfigCheckTests {
    /// The services' patterns are compiled once, beside their names: every one must compile, or
    /// the names and globs would fall out of step.
    @Test func everyServicePatternCompiles() {
        #expect(CIConfigCheck.serviceGlobs.patterns == CIConfigCheck.services.map(\.pattern))
    }
}
