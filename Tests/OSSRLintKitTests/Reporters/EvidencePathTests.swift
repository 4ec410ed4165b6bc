import GitKit
import Testing
@testable import OSSRLintKit

@Suite struct EvidencePathTests {
    /// Whatever bytes a name has, the subject git's quoting gives (`GitPath.displayName`, what
    /// the checks put in evidence) is turned back into exactly those bytes.
    @Test func gitQuotingIsUndoneForEveryByte() {
        var names: [[UInt8]] = (1...255).map { Array("dir/a".utf8) + [UInt8($0)] + Array("b.txt".utf8) }
        names.append(Array("数据/данные.txt".utf8))
        names.append([0x22, 0x5C, 0x22])  // `"\"`: quotes and a backslash only
        names.append([0xFF, 0x2F, 0xC3, 0x28])  // not UTF-8
        for bytes in names {
            let subject = GitPath(bytes: bytes).displayName
            #expect(EvidencePath.bytes(of: subject) == bytes, "\(subject)")
        }
    }

    @Test func aQuotedUTF8NameIsShownAsItsText() {
        let subject = GitPath("数据/ü.txt").displayName
        #expect(subject.hasPrefix("\"\\346"))
        #expect(EvidencePath.text(of: subject) == "数据/ü.txt")
    }

    @Test func aNameThatIsNotUTF8KeepsGitsQuoting() {
        let subject = GitPath(bytes: [0x61, 0xFF]).displayName
        #expect(EvidencePath.text(of: subject) == #""a\377""#)
    }

    @Test(arguments: [
        "plain/path.txt",
        "dir/\u{1B}]0;owned\u{7}file|name`.txt",  // unquoted text from a hand-made report
        #""unknown \q escape""#,
        #""bare " quote inside""#,
        #""truncated \12""#,
        #""octal out of range \777""#,
        "\"",
    ])
    func aSubjectThatIsNotGitQuotingIsTakenLiterally(_ subject: String) {
        #expect(EvidencePath.bytes(of: subject) == Array(subject.utf8))
        #expect(EvidencePath.text(of: subject) == subject)
    }
}
