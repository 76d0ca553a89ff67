import ArgumentParser
import Diagnostics
import Dispatch
import Foundation
import HirobaKit
import Rendering
import Serving

/// `hiroba serve`: the site in memory on a local address, rebuilt and reloaded in the
/// browser whenever a content or theme file changes. Nothing is written to disk.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "プレビュー用のサーバーを動かす / serve a live preview",
        discussion: """
            content とテーマの変更を見張り、変わったページだけをつくり直して、開いているページを再読み込みします。\
            出力フォルダーには何も書きません。Ctrl-C で止まります。
            Watches the content and theme, re-renders only the pages a change affects and reloads open pages. \
            Nothing is written to the output folder. Stop with Ctrl-C.
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "待ち受けるポート / the port to listen on")
    var port: UInt16 = 1313

    @Option(name: .long, help: "待ち受ける IPv4 アドレス / the IPv4 address to listen on")
    var host: String = "127.0.0.1"

    func run() throws {
        let check = try options.checkOptions()
        let language = options.messageLanguage
        @Sendable func say(_ ja: String, _ en: String) {
            StandardStreams.write(language.select(Bilingual(ja: ja, en: en)).joined(separator: " / ") + "\n", to: .output)
        }
        let url = "http://\(host):\(port)/"
        let contentRoot = URL(fileURLWithPath: options.content).standardizedFileURL
        var watched = [contentRoot.path]
        let siteThemes = contentRoot.deletingLastPathComponent().appendingPathComponent("themes").path
        if FileManager.default.fileExists(atPath: siteThemes) { watched.append(siteThemes) }
        if let builtIn = Theme.builtInDirectory(), !watched.contains(builtIn) { watched.append(builtIn) }

        let server = SiteServer(SiteServer.Options(
            site: IncrementalSite.Options(check: check, baseURL: url), host: host, port: port, watch: watched))
        let format = options.format
        let printReport: @Sendable (CheckReport) -> Void = { [options] report in
            // Errors and warnings only; a clean rebuild prints one line below.
            if !report.diagnostics.isEmpty { try? options.print(report) }
        }
        server.onRebuild = { result in
            printReport(CheckReport(diagnostics: result.diagnostics, fileCount: result.fileCount))
            guard format != .json else { return }
            if result.succeeded {
                let later = result.pending > 0 ? "、残り \(result.pending) 件は続けて描画" : ""
                let laterEn = result.pending > 0 ? ", \(result.pending) more rendered next" : ""
                say("\(Int(result.milliseconds.rounded())) ms で再構築: \(result.changedFiles.count) 件のファイルが変わりました（\(result.rendered) 件を描画\(later)）",
                    "rebuilt in \(Int(result.milliseconds.rounded())) ms: \(result.changedFiles.count) files changed (\(result.rendered) rendered\(laterEn))")
            } else {
                say("エラーがあるため、前回のサイトを表示し続けます。", "the content has errors: the last good site stays served.")
            }
        }

        server.onPendingFinished = { count, milliseconds in
            guard format != .json else { return }
            say("残り \(count) 件を \(Int(milliseconds.rounded())) ms で描画しました", "rendered the \(count) remaining in \(Int(milliseconds.rounded())) ms")
        }

        let finished = DispatchSemaphore(value: 0)
        let failure = StartFailure()
        Task {
            do throws(SiteServer.StartError) {
                let first = try await server.start()
                printReport(CheckReport(diagnostics: first.diagnostics, fileCount: first.fileCount))
                say("\(url) でプレビュー中（\(Int(first.milliseconds.rounded())) ms でビルド、\(first.rendered) 件のファイル、見張り方: \(server.watchMode)）。Ctrl-C で止まります。",
                    "serving \(url) (built in \(Int(first.milliseconds.rounded())) ms, \(first.rendered) files, watching by \(server.watchMode)); stop with Ctrl-C.")
            } catch {
                failure.error = error
                finished.signal()
            }
        }
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    await server.stop()
                    say("止めました。", "stopped.")
                    finished.signal()
                }
            }
            source.resume()
            sources.append(source)
        }
        finished.wait()
        if let error = failure.error {
            switch error {
            case .addressInUse:
                StandardStreams.write("""
                    ポート \(port)（\(host)）は使用中です。--port で別のポートを指定してください。
                    port \(port) on \(host) is already in use: choose another with --port.

                    """, to: .error)
            case .badAddress:
                StandardStreams.write("""
                    --host: `\(host)` は IPv4 アドレスではありません（例: 127.0.0.1）。
                    --host: `\(host)` is not an IPv4 address (for example 127.0.0.1).

                    """, to: .error)
            case .other(let message):
                StandardStreams.write("サーバーを始められません / cannot start the server: \(message)\n", to: .error)
            }
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        _ = sources
    }
}

/// The reason the server did not start, handed from its task to the command.
final class StartFailure: @unchecked Sendable {
    private var stored: SiteServer.StartError?
    private let lock = NSLock()
    var error: SiteServer.StartError? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
