import Decoding
import Diagnostics
import Model

/// Issue numbers go up strictly with the months of the file names.
enum NewsletterOrder {
    static func check(_ items: [LoadedItem]) -> [Diagnostic] {
        let issues: [(LoadedItem, NewsletterIssue)] = items.compactMap {
            if case .newsletter(let n) = $0.item { ($0, n) } else { nil }
        }.sorted { $0.1.slug < $1.1.slug }
        var diagnostics: [Diagnostic] = []
        for (previous, current) in zip(issues, issues.dropFirst()) where current.1.issue <= previous.1.issue {
            diagnostics.append(Diagnostic(
                .error, .issueNotIncreasing, file: current.0.file, at: .start, text: String(current.1.issue),
                message: Bilingual(ja: "号数 \(current.1.issue) が前の号（\(previous.1.slug)、\(previous.1.issue) 号）より大きくありません。",
                                   en: "issue \(current.1.issue) is not greater than the previous issue (\(previous.1.slug), issue \(previous.1.issue))."),
                hint: Bilingual(ja: "`issue` には前の号より大きい番号を書いてください。", en: "Give `issue` a number greater than the previous one's.")))
        }
        return diagnostics
    }
}
