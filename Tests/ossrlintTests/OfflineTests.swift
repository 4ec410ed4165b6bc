import Foundation
import Testing
import TestSupport

/// `ossrlint check` works offline: run under `strace` (installed by
/// Scripts/install-test-tools.sh), a whole lint opens no network connection and starts no other
/// program. libgit2 still prepares its network transports when it initialises; what is promised
/// is that nothing is ever sent, so the test watches the calls that would send it.
@Suite struct OfflineTests {
    /// `connect` is how every TCP connection, and every DNS lookup glibc makes, begins; `execve`
    /// is how another program (`git`, `ssh`, a credential helper) would be started.
    @Test func checkOpensNoNetworkConnectionAndStartsNoOtherProgram() throws {
        let executable = try #require(OSSRLintExecutable.url, "run 'swift build' first")
        // Every rule of the profile runs, with URLs in the metadata and an https remote that a
        // careless rule might try to reach.
        let repository = try CompleteOSSRRepository.make()
        _ = try repository.git("remote", "add", "origin", "https://gitlab.example.org/sky/skytool.git")
        let trace = repository.root.appendingPathComponent("strace.log")
        let environment = Self.lintEnvironment(of: repository)

        let result = try ProcessRunner.run(
            "/usr/bin/env",
            ["strace", "-f", "-qq", "-o", trace.path, "-e", "trace=connect,execve", executable.path, "check", repository.path],
            in: repository.root, environment: environment)

        // strace exits with the traced program's status: 0 or 1 is a report, anything else is
        // strace failing (not installed, or ptrace not permitted) or the lint failing.
        #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.standardError)")
        #expect(result.standardOutput.contains("license-file-present"), "no report: \(result.standardOutput)")
        let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
        // An interrupted call is logged twice ("connect(…, {sa_family=…} <unfinished …>" and
        // "<… connect resumed>"); the address, and so the family, is on the first line.
        // "AF_INET" also matches AF_INET6; local sockets (AF_UNIX, e.g. nscd) are not network.
        let networkConnections = lines.filter { $0.contains("connect(") && $0.contains("AF_INET") }
        #expect(networkConnections.isEmpty, "network connections: \(networkConnections)")
        let programStarts = lines.filter { $0.contains("execve(") }
        #expect(programStarts.count == 1, "programs started: \(programStarts)")
        #expect(programStarts.first?.contains("execve(\"\(executable.path)\"") == true, "\(programStarts)")
    }

    /// The repository's isolated git environment, colour off and "now" fixed, as the CLI tests run.
    private static func lintEnvironment(of repository: TemporaryRepository) -> [String: String] {
        var environment = repository.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = String(TemporaryRepository.epoch)
        return environment
    }

    /// A symbolic link in `refs/tags` (git never makes one; a downloaded repository can hold
    /// one) is skipped, not followed: no file below its target is opened, the release rules still
    /// see the real tag, and each names the link.
    @Test func aLinkInTheTagFolderIsNeverFollowed() throws {
        let executable = try #require(OSSRLintExecutable.url, "run 'swift build' first")
        let repository = try CompleteOSSRRepository.make()
        let outside = repository.root.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data((try repository.commitID() + "\n").utf8).write(to: outside.appendingPathComponent("v9.9.9"))
        let link = repository.gitDirectory.appendingPathComponent("refs/tags/evil")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: outside.path)
        let trace = repository.root.appendingPathComponent("strace-files.log")
        let environment = Self.lintEnvironment(of: repository)

        let result = try ProcessRunner.run(
            "/usr/bin/env",
            ["strace", "-f", "-qq", "-o", trace.path, "-e", "trace=%file", executable.path, "check", "--format", "json", repository.path],
            in: repository.root, environment: environment)

        #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.standardError)")
        // Through the link (libgit2 opens `refs/tags/evil/v9.9.9`, never the target's own path) or
        // at its target.
        let opened = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").filter { $0.contains(link.path + "/") || $0.contains(outside.path) }
        #expect(opened.isEmpty, "files through the link were touched: \(opened.prefix(3))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let results = report["results"] as? [[String: Any]] ?? []
        let present = try #require(results.first { $0["rule"] as? String == "release-tag-present" })
        #expect(present["status"] as? String == "pass", "the real tag is still read: \(present)")
        let subjects = (present["evidence"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
        #expect(subjects.contains(link.path), "\(subjects)")
        #expect(!(present["message"] as? String ?? "").contains("v9.9.9"))
    }
}
