import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct TagTests {
    @Test func lightweightAndAnnotatedTagsCarryTheirTargetDateAndMessage() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        let first = try repo.commit("first")                          // date 1
        try repo.git("tag", "v0.1")
        try repo.write("README.md", "# demo 2\n")
        let second = try repo.commit("second")                        // date 2
        try repo.tag("v1.0", message: "Release 1.0\n\nWith notes.")   // date 3

        let tags = try repo.open().tags()
        #expect(tags.map(\.name) == ["v0.1", "v1.0"])
        let light = tags[0], annotated = tags[1]

        #expect(!light.isAnnotated)
        #expect(light.commit?.hex == first)
        #expect(light.tagger == nil)
        #expect(light.message == nil)
        #expect(light.date == TemporaryRepository.time(ofDate: 1))

        #expect(annotated.isAnnotated)
        #expect(annotated.commit?.hex == second)
        #expect(annotated.tagger == Signature(name: "Carl Committer", email: "carl@example.org", time: TemporaryRepository.time(ofDate: 3)))
        #expect(annotated.message == "Release 1.0\n\nWith notes.\n")
        #expect(annotated.date == TemporaryRepository.time(ofDate: 3))
    }

    @Test func annotatedTagOfATreeHasNoCommit() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        try repo.tag("tree-tag", message: "a tree", at: "HEAD^{tree}")
        try repo.tag("tag-of-tag", message: "a tag of a tag", at: "tree-tag")

        let tags = try repo.open().tags()
        #expect(tags.map(\.name) == ["tag-of-tag", "tree-tag"])
        for tag in tags {
            #expect(tag.isAnnotated)
            #expect(tag.commit == nil)
            #expect(tag.tagger != nil)
        }
    }

    @Test func tagOfATagReachesTheCommit() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        try repo.tag("inner", message: "inner")
        try repo.tag("outer", message: "outer", at: "inner")
        let tags = try repo.open().tags()
        #expect(tags.map(\.commit?.hex) == [id, id])
    }

    @Test func tagObjectWithoutTaggerHasNoTaggerAndTakesTheCommitDate() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        let tagObject = try repo.hashObject(type: "tag", Data("object \(id)\ntype commit\ntag old\n\nno tagger here\n".utf8))
        try repo.git("update-ref", "refs/tags/old", tagObject)

        let tags = try repo.open().tags()
        let tag = try #require(tags.first)
        #expect(tags.count == 1)
        #expect(tag.name == "old")
        #expect(tag.isAnnotated)
        #expect(tag.tagger == nil)
        #expect(tag.commit?.hex == id)
        #expect(tag.message == "no tagger here\n")
        #expect(tag.date == TemporaryRepository.time(ofDate: 1))
    }

    @Test func tagsAreSortedByNameBytesAndSnapshotsShareThem() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        for name in ["v10", "v2", "V1", "release/1"] { try repo.git("tag", name) }
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(try snapshot.tags().map(\.name) == ["V1", "release/1", "v10", "v2"])
    }

    @Test func packedTagsReadLikeLooseOnes() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        try repo.git("tag", "v0.1")
        try repo.tag("v1.0", message: "release")
        let loose = try repo.open().tags()
        try repo.git("pack-refs", "--all")
        #expect(!FileManager.default.fileExists(atPath: repo.gitDirectory.appendingPathComponent("refs/tags/v1.0").path))
        #expect(try repo.open().tags() == loose)
        #expect(loose.map(\.commit?.hex) == [id, id])
    }

    @Test func tagsSharingATargetKeepTheirOwnNames() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        try repo.git("tag", "v1.0")
        try repo.git("tag", "stable")
        try repo.tag("v1.0-annotated", message: "release")
        // A second ref to the same tag object: same target, another name.
        try repo.git("tag", "v1.0-again", "v1.0-annotated")
        let tags = try repo.open().tags()
        #expect(tags.map(\.name) == ["stable", "v1.0", "v1.0-again", "v1.0-annotated"])
        #expect(tags.map(\.commit?.hex) == [id, id, id, id])
        #expect(tags.map(\.isAnnotated) == [false, false, true, true])
        #expect(tags[2].message == "release\n" && tags[3].message == "release\n")
    }

    @Test func repositoryWithoutTagsHasNone() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        #expect(try repo.open().tags().isEmpty)
    }

    @Test func onlyReferencesUnderRefsTagsAreTags() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        try repo.git("tag", "v1.0")
        try repo.git("branch", "tags-branch")
        for ref in ["refs/tagsish/v9", "refs/remotes/origin/tags/v8", "refs/notes/tags/v7"] { try repo.git("update-ref", ref, id) }
        try repo.git("symbolic-ref", "refs/tags/alias", "refs/heads/tags-branch")
        try repo.git("pack-refs", "--all")
        try repo.git("tag", "v2.0")
        // The symbolic one is a tag name without a target of its own: left out, as before.
        #expect(try repo.open().tags().map(\.name) == ["v1.0", "v2.0"])
    }

    // A link inside the reference store is git's never and libgit2 would follow it: a folder of
    // files outside the repository, each holding a commit id, would be listed as tags. Links
    // are skipped and named; the tags beside them are still read (v0.9 packed, v1.0 loose).
    @Test(arguments: [("refs/tags/evil", ["v0.9", "v1.0"]), ("packed-refs", ["v1.0"]), ("refs", [])])
    func aSymbolicLinkInTheReferenceStoreIsSkippedAndNamed(_ linkPath: String, _ expected: [String]) throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        try repo.git("tag", "v0.9")
        try repo.git("pack-refs", "--all")
        try repo.git("tag", "v1.0")
        let outside = repo.root.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("tags"), withIntermediateDirectories: true)
        try Data((id + "\n").utf8).write(to: outside.appendingPathComponent("tags/v9.9"))
        try Data((id + "\n").utf8).write(to: outside.appendingPathComponent("v9.8"))
        try Data("\(id) refs/tags/v9.7\n".utf8).write(to: outside.appendingPathComponent("packed"))
        let link = repo.gitDirectory.appendingPathComponent(linkPath)
        if linkPath != "refs/tags/evil" { try FileManager.default.removeItem(at: link) }
        let target = linkPath == "packed-refs" ? outside.appendingPathComponent("packed") : outside
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)

        let listing = try repo.open().tagListing()
        #expect(listing.tags.map(\.name) == expected)
        #expect(listing.skippedLinks == [link.path])
        #expect(try repo.open().tags().map(\.name) == expected)
    }

    @Test func aLinkedWorkTreeWithoutLinksListsItsTags() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        try repo.git("tag", "v1.0")
        let other = repo.root.appendingPathComponent("other").path
        try repo.git("worktree", "add", "--quiet", "--detach", other)
        #expect(try Repository.open(at: other).tags().map(\.name) == ["v1.0"])
    }
}
