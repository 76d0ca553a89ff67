import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `hiroba`: the root command.
public struct HirobaCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "hiroba",
        abstract: "広場 Hiroba — 地域のNPO・ボランティア情報サイトをつくる / builds a ward's NPO and volunteer information site.",
        discussion: """
            例 / Examples:
              hiroba check                         content/ を検査する / check content/
              hiroba check --format github         GitHub Actions の注釈で出力 / annotations for GitHub Actions
              hiroba build --now 2026-12-01        output/ にサイトをつくる / build the site into output/
            """,
        version: version,
        subcommands: [CheckCommand.self, BuildCommand.self])

    public init() {}

    /// Runs the command line and exits: 0 clean, 1 content errors, 2 usage or internal error.
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Glibc.exit(0)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Glibc.exit(0)
            }
            writeError(message + "\n")
            Glibc.exit(2)
        }
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
