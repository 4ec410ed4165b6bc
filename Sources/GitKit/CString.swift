/// Calls `body` with `bytes` as a NUL-terminated C string (for raw, possibly non-UTF-8 paths).
func withCString(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Int32) -> Int32 {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else { return -1 }
            return body(base)
        }
    }
}
