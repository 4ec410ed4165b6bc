import Foundation

/// Writes a file the user named without ever writing through a symbolic link at that path.
///
/// Why: a report path such as `ossrlint.xml` lies in a checkout of anyone's change, which may
/// commit `ossrlint.xml -> ../../victim` or a dangling link; opening the path would write the
/// link's target. The text goes to a new temporary file in the same folder (created
/// exclusively, so never through a link), which then takes the path's place: `rename` replaces
/// a link itself, not its target; `link` refuses any existing name, dangling links included.
enum OutputFile {
    enum Failure: Error, CustomStringConvertible {
        case exists
        case system(String)

        var description: String {
            switch self {
            case .exists: "it exists"
            case .system(let reason): reason
            }
        }
    }

    /// Writes `data` to `path`, replacing what is there (a file, or a link, never its target)
    /// when `replacing`, else refusing any existing name.
    static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.ossrlint-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw .system(Self.reason()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        let failure: Failure? = data.withUnsafeBytes { bytes -> Failure? in
            guard let base = bytes.baseAddress else { return nil }
            while written < bytes.count {
                let count = Glibc.write(descriptor, base + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return .system(Self.reason())
                }
                written += count
            }
            return nil
        }
        // Files the user writes get the usual permissions, not mkstemp's owner-only ones.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let closed = close(descriptor) == 0
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard closed else {
            let reason = Self.reason()
            unlink(temporary)
            throw .system(reason)
        }
        if replacing {
            guard rename(temporary, path) == 0 else {
                let reason = Self.reason()
                unlink(temporary)
                throw .system(reason)
            }
        } else {
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else { throw errno == EEXIST ? .exists : .system(Self.reason()) }
        }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
