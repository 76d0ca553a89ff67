import ArgumentParser

/// `hiroba`: the root command. `Sources/hiroba/main.swift` calls `runAndExit()`.
public struct HirobaCommand: ParsableCommand {
    /// Printed by `hiroba --version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "hiroba",
        abstract: """
            広場 Hiroba: NPO・ボランティア情報の日英二か国語サイトをつくる。
            Builds a bilingual (ja/en) site of NPO and volunteer information.
            """,
        discussion: """
            例 / Examples:
              hiroba check
                content/ を検査する / check content/
              hiroba check --now 2026-12-01 --lang en
                その日の時点で、英語で報告 / as of that day, in English
              hiroba check --format github
                GitHub Actions の注釈で出力 / GitHub Actions annotations
              hiroba check --format json > report.json
                JSON で出力（日英両方）/ JSON, both languages
              hiroba build --output output
                output/ にサイトをつくる / build the site into output/
              hiroba newsletter 2026-11 --format eml --output 2026-11.eml
                メールマガジンの号をつくる / write an issue of the email magazine

            終了コード / Exit status:
              0  問題なし・警告のみ / clean (warnings allowed)
              1  内容のエラー / content errors
              2  使い方の誤り・内部エラー / usage or internal error
            """,
        version: version,
        subcommands: [CheckCommand.self, BuildCommand.self, DocsCommand.self, SchemaCommand.self, NewCommand.self, ReportCommand.self, NewsletterCommand.self, ServeCommand.self])

    public init() {}

    /// Parses `arguments`, runs the command and exits with Hiroba's exit status:
    /// 0 clean (warnings allowed), 1 content errors, 2 usage or internal error.
    /// `--help` and `--version` print to standard output and exit 0.
    public static func runAndExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        let status: ExitStatus
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            status = .clean
        } catch let code as ExitCode {
            status = code == .success ? .clean : code.rawValue == ExitStatus.contentErrors.rawValue ? .contentErrors : .usage
        } catch {
            status = report(error)
        }
        StandardStreams.exit(status)
    }

    /// Prints what argument-parser has to say about `error` and picks the exit status:
    /// help and version requests go to standard output (0); every other error goes to
    /// standard error (2), whatever code argument-parser would use (64 for usage errors).
    static func report(_ error: Error) -> ExitStatus {
        let message = fullMessage(for: error)
        if exitCode(for: error) == .success {
            StandardStreams.write(message.isEmpty ? "" : message + "\n", to: .output)
            return .clean
        }
        StandardStreams.write(message + "\n", to: .error)
        return .usage
    }
}

/// Hiroba's exit status.
public enum ExitStatus: Int32, Sendable {
    /// No errors (warnings allowed).
    case clean = 0
    /// The content has errors.
    case contentErrors = 1
    /// A usage error (unknown option, bad value) or an internal error.
    case usage = 2
}
