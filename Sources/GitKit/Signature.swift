internal import CLibGit2
import Foundation

/// A person and a moment, as recorded in a commit or an annotated tag.
public struct Signature: Sendable, Hashable {
    /// The name as recorded; invalid UTF-8 is shown with U+FFFD (git allows any bytes).
    public let name: String
    public let email: String
    /// Seconds since 1970-01-01 UTC.
    public let time: Int64
    /// The author's UTC offset in minutes.
    public let offsetMinutes: Int32

    init(_ signature: UnsafePointer<git_signature>) {
        name = lossyString(signature.pointee.name)
        email = lossyString(signature.pointee.email)
        time = signature.pointee.when.time
        offsetMinutes = signature.pointee.when.offset
    }

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32 = 0) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// Decodes a C string that git does not promise to be UTF-8.
func lossyString(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
}

/// The raw bytes of a C string (a path or name whose bytes are its identity).
func bytes(of pointer: UnsafePointer<CChar>) -> [UInt8] {
    Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
}
