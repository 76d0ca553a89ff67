#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to standard output and standard error. Every report is written in
/// one piece right away, so nothing is lost on `exit` and output interleaves predictably
/// when both streams go to the same terminal.
enum StandardStreams {
    enum Stream {
        case output, error

        var descriptor: Int32 { self == .output ? 1 : 2 }
    }

    /// Writes all of `text`; false when the stream is closed or full.
    @discardableResult
    static func write(_ text: String, to stream: Stream) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Darwin)
                Darwin.write(stream.descriptor, buffer.baseAddress, buffer.count)
                #elseif canImport(Musl)
                Musl.write(stream.descriptor, buffer.baseAddress, buffer.count)
                #else
                Glibc.write(stream.descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false  // closed pipe or full disk: nothing more can be said
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }

    /// Writes the report, the one thing a command must not lose: failing is an internal error.
    static func writeReport(_ text: String) throws {
        guard write(text, to: .output) else { throw OutputFailed(errno: errno) }
    }

    struct OutputFailed: Error, CustomStringConvertible {
        let errno: Int32

        var description: String {
            "標準出力に書き込めませんでした / could not write to standard output (\(String(cString: strerror(errno))))"
        }
    }

    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool {
        isatty(1) != 0
    }

    static func exit(_ status: ExitStatus) -> Never {
        #if canImport(Darwin)
        Darwin.exit(status.rawValue)
        #elseif canImport(Musl)
        Musl.exit(status.rawValue)
        #else
        Glibc.exit(status.rawValue)
        #endif
    }
}
