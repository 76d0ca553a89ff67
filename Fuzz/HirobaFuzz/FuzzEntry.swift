import Foundation
import FuzzTargets
import LibFuzzerDriver

/// The harness's main: hands the command line to libFuzzer, which calls `fuzzOneInput`
/// for every input. The target is picked by `HIROBA_FUZZ_TARGET` (see `FuzzTarget`), so
/// one instrumented binary serves every target.
@main
enum HirobaFuzz {
    /// From `HIROBA_FUZZ_TARGET`; stops the process with the list of names when unset or unknown.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HIROBA_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("HIROBA_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    static func main() {
        _ = selected  // fail at once on an unknown target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// One input. A target only has to return: any trap, sanitizer report, leak or timeout
/// is a finding.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    HirobaFuzz.selected.run(bytes)
    return 0
}
