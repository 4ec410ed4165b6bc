import Testing

@Suite struct ExternalToolTests {
    @Test func aMissingValidatorFailsTheTestInsteadOfPassingSilently() {
        withKnownIssue {
            #expect(ExternalTool.locate("ossrlint-no-such-validator", installHint: "nowhere") == nil)
        } matching: { issue in
            issue.description.contains("'ossrlint-no-such-validator' is not on PATH")
        }
    }
}
