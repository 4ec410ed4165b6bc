import GitKit
import Testing

/// `.mailmap` as git reads it (gitmailmap(5)): by e-mail address, by name and address, and
/// a name alone for an address.
@Suite struct MailmapTests {
    @Test func identitiesAreMappedAsGitShortlogMapsThem() {
        let mailmap = """
        # comments and blank lines are ignored

        Kim Commit <kim@example.org> <kim.commit@work.example>
        Lee Commit <lee@example.org> lee <lee@laptop.local>
        Max Commit <max@example.org>
        """
        let identities = [
            Mailmap.Identity(name: "Kim C.", email: "kim.commit@work.example"),
            Mailmap.Identity(name: "lee", email: "lee@laptop.local"),
            Mailmap.Identity(name: "someone else", email: "lee@laptop.local"),
            Mailmap.Identity(name: "max", email: "max@example.org"),
            Mailmap.Identity(name: "Noa Commit", email: "noa@example.org"),
        ]
        #expect(Mailmap.resolve(identities, mailmap: mailmap) == [
            Mailmap.Identity(name: "Kim Commit", email: "kim@example.org"),
            Mailmap.Identity(name: "Lee Commit", email: "lee@example.org"),
            Mailmap.Identity(name: "someone else", email: "lee@laptop.local"),
            Mailmap.Identity(name: "Max Commit", email: "max@example.org"),
            Mailmap.Identity(name: "Noa Commit", email: "noa@example.org"),
        ])
    }

    @Test func anEmptyMailmapChangesNothing() {
        let identities = [Mailmap.Identity(name: "Kim", email: "kim@example.org")]
        #expect(Mailmap.resolve(identities, mailmap: "") == identities)
    }
}
