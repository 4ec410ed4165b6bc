internal import CZlib

/// One zlib inflate stream, reset for each object: the owner of zlib's state, ended in
/// `deinit`. Setting a stream up allocates its 32 KB window; resetting it does not.
final class Inflater {
    /// Where the stream lives: zlib keeps a pointer back to it and refuses a stream that moved.
    private let stream: UnsafeMutablePointer<z_stream>
    private let isReady: Bool

    init() {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        isReady = ossrlint_inflate_init(stream) == Z_OK
    }

    deinit {
        if isReady { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates the zlib stream that starts at `input` into `buffer`, and says whether it gave
    /// at least `count` bytes: false when the stream is damaged or ends sooner. With `whole`, it
    /// must give exactly `count` and end there (`count` is the object's length from its header),
    /// and zlib checks its checksum; else the first `count` bytes are a prefix of more.
    ///
    /// `buffer` may be larger than `count`, and should be by a few hundred bytes: zlib's fast
    /// path decodes only while 258 bytes of output space remain, and small blobs (most files)
    /// otherwise go a byte at a time through the slow one, at twice the instructions.
    func inflate(_ input: UnsafeRawBufferPointer, into buffer: UnsafeMutableRawBufferPointer, count: Int, whole: Bool) -> Bool {
        guard isReady, inflateReset(stream) == Z_OK, let inputStart = input.baseAddress,
              count <= buffer.count, buffer.count <= Int(UInt32.max) else { return false }
        // A sentinel byte when nothing is wanted: zlib must still be given somewhere to write.
        var sentinel: UInt8 = 0
        return withUnsafeMutablePointer(to: &sentinel) { sentinel in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inputStart.assumingMemoryBound(to: UInt8.self))
            stream.pointee.avail_in = UInt32(min(input.count, Int(UInt32.max)))
            stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? sentinel
            stream.pointee.avail_out = UInt32(buffer.count)
            var status = Z_OK
            var written = 0
            while status == Z_OK, written < count || whole, stream.pointee.avail_out > 0 {
                status = CZlib.inflate(stream, Z_NO_FLUSH)
                written = buffer.count - Int(stream.pointee.avail_out)
            }
            guard status == Z_OK || status == Z_STREAM_END else { return false }
            guard whole else { return written >= count }
            guard written == count else { return false }
            if status == Z_STREAM_END { return true }
            // The buffer is full at exactly `count` and the stream has not said it ends: one
            // byte further must find its end (and its checksum), not more content.
            stream.pointee.next_out = sentinel
            stream.pointee.avail_out = 1
            return CZlib.inflate(stream, Z_NO_FLUSH) == Z_STREAM_END && stream.pointee.avail_out == 1
        }
    }
}
