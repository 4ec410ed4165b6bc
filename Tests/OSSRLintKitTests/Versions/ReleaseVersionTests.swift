import OSSRLintKit
import Testing

@Suite struct ReleaseVersionTests {
    @Test(arguments: [
        ("1.2.3", VersionScheme.semVer, [1, 2, 3], true, true),
        ("v1.2.3", .semVer, [1, 2, 3], true, true),
        ("V1.2.3", .semVer, [1, 2, 3], true, true),
        ("1.2.3-rc.1+build.5", .semVer, [1, 2, 3], false, true),
        ("1.2.3+build", .semVer, [1, 2, 3], true, true),
        ("v2.1", .twoPart, [2, 1], true, false),
        ("24.4", .twoPart, [24, 4], true, false),
        ("1.2.3a1", .pep440, [1, 2, 3], false, false),
        ("1.2.3.dev4", .pep440, [1, 2, 3], false, false),
        ("1.2.3.post1", .pep440, [1, 2, 3], true, false),
        ("1.2rc1", .pep440, [1, 2], false, false),
        ("1!2.0", .pep440, [2, 0], true, false),
        ("1.2.3.4", .pep440, [1, 2, 3, 4], true, false),
        ("7", .pep440, [7], true, false),
        ("1.2.3-01", .pep440, [1, 2, 3], true, false),
        ("01.2.3", .pep440, [1, 2, 3], true, false),
        ("2024.01", .calVer, [2024, 1], true, false),
        ("2024.1.15", .calVer, [2024, 1, 15], true, true),
        ("v2024.01.15", .calVer, [2024, 1, 15], true, false),
        ("24.04", .calVer, [24, 4], true, false),
    ] as [(String, VersionScheme, [Int], Bool, Bool)])
    func recognisesSchemes(tag: String, scheme: VersionScheme, release: [Int], isFinal: Bool, isSemVer: Bool) throws {
        let version = try #require(ReleaseVersion(tag: tag))
        #expect(version.scheme == scheme)
        #expect(version.release == release)
        #expect(version.isFinal == isFinal)
        #expect(version.isSemVer == isSemVer)
        #expect(version.tag == tag)
    }

    @Test(arguments: [
        "", "v", "release-1.2", "mypkg-1.2.3", "main", "1.2.", ".1.2", "1..2", "1.2.3-", "1.2.3-rc..1",
        "1.2.3-beta.01.x", "1.2.3+", "vv1.2", "1.2.3 ", "1.2.x", "latest", "1.2.3+build+x", "99999999999999999999.1",
    ])
    func rejectsNonVersions(tag: String) {
        #expect(ReleaseVersion(tag: tag) == nil)
    }

    @Test func readsPreReleasePostAndDevParts() throws {
        let pep = try #require(ReleaseVersion(tag: "1!1.0-RC.2.post3.dev4+Ubuntu-1"))
        #expect(pep.epoch == 1)
        #expect(pep.preRelease == [.alphanumeric("rc"), .numeric(2)])
        #expect(pep.postRelease == 3)
        #expect(pep.devRelease == 4)
        #expect(pep.build == "ubuntu.1")
        #expect(pep.normalized == "1!1.0rc2.post3.dev4+ubuntu.1")
        let semver = try #require(ReleaseVersion(tag: "v1.0.0-alpha.1+exp.sha.5114f85"))
        #expect(semver.preRelease == [.alphanumeric("alpha"), .numeric(1)])
        #expect(semver.build == "exp.sha.5114f85")
        #expect(semver.normalized == "1.0.0-alpha.1+exp.sha.5114f85")
        #expect(try #require(ReleaseVersion(tag: "1.0-1")).postRelease == 1)
        #expect(try #require(ReleaseVersion(tag: "1.0.post")).postRelease == 0)
        #expect(try #require(ReleaseVersion(tag: "1.0alpha")).preRelease == [.alphanumeric("a"), .numeric(0)])
    }

    /// Each row lists versions in strictly increasing precedence.
    @Test(arguments: [
        ["v2.0.1", "v2.1"],
        ["1.9", "1.10"],
        ["1.0.0-rc.1", "1.0.0"],
        ["1.0.dev1", "1.0a1", "1.0", "1.0.post1"],
        ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"],
        ["1.0a1.dev1", "1.0a1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0.post1.dev1", "1.0.post1", "1.0.post2", "1.0.1"],
        ["2023.12.31", "2024.01", "2024.1.15", "2024.2"],
        ["9.9.9", "1!0.1"],
        ["1.0a1", "1.0.0-b.1"],
    ])
    func ordersByPrecedence(ascending: [String]) throws {
        let versions = try ascending.map { try #require(ReleaseVersion(tag: $0)) }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher, "\(lower.tag) < \(higher.tag)")
            #expect(!(higher < lower))
            #expect(lower != higher)
        }
        #expect(versions.shuffled().sorted().map(\.tag) == ascending)
    }

    @Test(arguments: [("2.1", "2.1.0"), ("v2.1", "2.1"), ("1.0.0+build.1", "1.0.0"), ("1.0rc1", "1.0.0-rc.1"), ("1.0-RC1", "1.0rc1")])
    func equalPrecedenceMeansEqualAndSameHash(left: String, right: String) throws {
        let a = try #require(ReleaseVersion(tag: left)), b = try #require(ReleaseVersion(tag: right))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(!(a < b) && !(b < a))
    }

    @Test(arguments: [
        ("2.1", "v2.1", VersionAgreement.identical),
        ("1.0-RC1", "v1.0rc1", .identical),
        ("2.1.0", "v2.1", .equivalent),
        ("1.0.0+build.7", "1.0.0", .equivalent),
        ("2.1", "v2.1.1", .different),
        ("1.0.0-rc.1", "1.0.0", .different),
    ])
    func declaredVersionAgreesWithTag(declared: String, tag: String, expected: VersionAgreement) throws {
        let a = try #require(ReleaseVersion(tag: declared)), b = try #require(ReleaseVersion(tag: tag))
        #expect(a.agreement(with: b) == expected)
        #expect(b.agreement(with: a) == expected)
    }

    @Test func latestFinalSkipsPreReleasesAndNonVersions() {
        let tags = ["v1.9.0", "v1.10.0", "v2.0.0-rc.1", "nightly", "release-9.0", "v2.0.0.dev3", "v1.10.0.post1", "docs-3.0"]
        #expect(ReleaseVersion.latestFinal(among: tags)?.tag == "v1.10.0.post1")
        #expect(ReleaseVersion.latestFinal(among: ["nightly", "v1.0rc1"]) == nil)
        #expect(ReleaseVersion.latestFinal(among: [String]()) == nil)
    }

    @Test func latestFinalBreaksPrecedenceTiesByNameWhateverTheInputOrder() {
        #expect(ReleaseVersion.latestFinal(among: ["v1.0", "1.0.0", "v1.0.0"])?.tag == "v1.0.0")
        #expect(ReleaseVersion.latestFinal(among: ["v1.0.0", "1.0.0", "v1.0"])?.tag == "v1.0.0")
    }
}
