import CFuzzerDriver
import Foundation

/// The fuzzing program: picks the target named by `FUZZ_TARGET`, builds its shared state (the
/// licence index, the shipped rule set) so that this one-off cost is not charged to the first
/// input against `-timeout`, then runs libFuzzer's driver with the command line as given.
///
/// SwiftPM links an executable target's `main` to the module's entry point, so the harness
/// cannot use libFuzzer's `main`; `LLVMFuzzerRunDriver` is the same driver behind a call.
@main
enum FuzzEntry {
    /// The target this process runs, set before the driver starts and never changed after.
    nonisolated(unsafe) static var target = FuzzTarget.rules

    static func main() {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("ossrlint-fuzz: set FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        Self.target = target
        target.prepare()
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzerTestOneInput))
    }
}

/// Runs the selected target on one input. A violated invariant calls `fatalError`, which
/// libFuzzer reports as a crash with the input saved. Exported under libFuzzer's usual name
/// too, so that tools looking for it find it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { FuzzEntry.target.run(Data()); return 0 }
    FuzzEntry.target.run(Data(bytes: data, count: size))
    return 0
}
