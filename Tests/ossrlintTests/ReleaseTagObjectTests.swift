import Foundation
import Testing
import TestSupport

/// A version tag must name a commit to be a release: a stray `v9.9.9` of a blob, a tree or a
/// missing object was taken for the latest release, hid the real one, and failed
/// `release-tag-reachable` while every other release rule looked at the wrong tag.
@Suite struct ReleaseTagObjectTests {
    private func statuses(_ repository: TemporaryRepository) throws -> [String: (status: String, message: String)] {
        let result = try OSSRLintExecutable.run(["check", "--stage", "merge-request", "--format", "json"], in: repository.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardError)")
        let results = report["results"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: results.map { ($0["rule"] as? String ?? "", ($0["status"] as? String ?? "", $0["message"] as? String ?? "")) })
    }

    @Test(arguments: ["blob", "tree", "missing"])
    func aVersionTagOfAnythingButACommitIsNoRelease(_ object: String) throws {
        let repository = try CompleteOSSRRepository.make()
        let target: String
        switch object {
        case "blob": target = try repository.hashObject(type: "blob", Data("not a release\n".utf8))
        case "tree": target = try repository.revParse("HEAD^{tree}")
        default: target = String(repeating: "ab", count: 20)
        }
        // `git tag` refuses a missing object; a ref file is what a damaged or hostile clone has.
        let ref = repository.url.appendingPathComponent(".git/refs/tags/v9.9.9")
        try Data((target + "\n").utf8).write(to: ref)

        let results = try statuses(repository)
        #expect(results["release-tag-present"]?.status == "pass")
        #expect(results["release-tag-present"]?.message.hasPrefix("latest release is 'v1.0.0'") == true, "\(String(describing: results["release-tag-present"]))")
        #expect(results["release-tag-reachable"]?.status == "pass", "\(String(describing: results["release-tag-reachable"]))")
    }

    @Test func onlyAVersionTagOfABlobIsNoReleaseAndSaysWhy() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files())
        let blob = try repository.hashObject(type: "blob", Data("not a release\n".utf8))
        _ = try repository.git("tag", "v1.0.0", blob)
        let result = try OSSRLintExecutable.run(["check", "--stage", "merge-request", "--format", "json"], in: repository.url)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let present = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "release-tag-present" }
        #expect(present?["status"] as? String == "fail")
        #expect(present?["message"] as? String == "its one tag is not a release version of a commit (e.g. v1.0.0)")
        let evidence = present?["evidence"] as? [[String: Any]] ?? []
        #expect(evidence.first?["subject"] as? String == "v1.0.0")
        #expect(evidence.first?["detail"] as? String == "points at no commit (a blob, a tree or a missing object)", "\(evidence)")
    }
}
