/// A stable code for each kind of problem. Codes never change meaning once published,
/// so contributors can search for them and CI logs stay comparable across versions.
///
/// Ranges: E01xx files and encoding · E02xx YAML syntax · E03xx fields and values ·
/// E04xx references and files · E05xx order of dates and amounts · W06xx warnings ·
/// E07xx themes and output.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    // Files and encoding
    public static let invalidUTF8 = Self(rawValue: "E0101")
    public static let fileTooLarge = Self(rawValue: "E0102")
    public static let emptyFile = Self(rawValue: "E0103")
    public static let unclosedFrontMatter = Self(rawValue: "E0104")
    public static let missingFrontMatter = Self(rawValue: "E0105")
    public static let unreadableFile = Self(rawValue: "E0106")
    public static let unexpectedFile = Self(rawValue: "E0107")
    public static let symlinkOutside = Self(rawValue: "E0108")
    public static let symlinkToFolder = Self(rawValue: "E0109")

    // YAML syntax
    public static let yamlSyntax = Self(rawValue: "E0201")
    public static let tabIndentation = Self(rawValue: "E0202")
    public static let duplicateKey = Self(rawValue: "E0203")
    public static let aliasNotAllowed = Self(rawValue: "E0204")
    public static let nestingTooDeep = Self(rawValue: "E0205")
    public static let notAMapping = Self(rawValue: "E0206")
    public static let multipleDocuments = Self(rawValue: "E0207")

    // Fields and values
    public static let unknownKey = Self(rawValue: "E0301")
    public static let missingField = Self(rawValue: "E0302")
    public static let wrongShape = Self(rawValue: "E0303")
    public static let invalidBool = Self(rawValue: "E0304")
    public static let invalidInteger = Self(rawValue: "E0305")
    public static let invalidNumber = Self(rawValue: "E0306")
    public static let invalidDate = Self(rawValue: "E0307")
    public static let invalidDateTime = Self(rawValue: "E0308")
    public static let invalidTime = Self(rawValue: "E0309")
    public static let invalidURL = Self(rawValue: "E0310")
    public static let invalidEmail = Self(rawValue: "E0311")
    public static let invalidTel = Self(rawValue: "E0312")
    public static let invalidYen = Self(rawValue: "E0313")
    public static let notAllowedValue = Self(rawValue: "E0314")
    public static let invalidSlug = Self(rawValue: "E0315")
    public static let missingAltText = Self(rawValue: "E0316")
    public static let invalidLanguageKey = Self(rawValue: "E0317")
    public static let textTooLong = Self(rawValue: "E0318")
    public static let listLength = Self(rawValue: "E0319")
    public static let outOfRange = Self(rawValue: "E0320")
    public static let emptyValue = Self(rawValue: "E0321")
    public static let invalidDays = Self(rawValue: "E0322")
    public static let invalidAssetPath = Self(rawValue: "E0323")
    public static let missingEnglish = Self(rawValue: "E0324")
    public static let atLeastOne = Self(rawValue: "E0325")
    public static let notAllowedHere = Self(rawValue: "E0326")

    // References and files
    public static let unknownReference = Self(rawValue: "E0401")
    public static let duplicateSlug = Self(rawValue: "E0402")
    public static let invalidFileName = Self(rawValue: "E0403")
    public static let strayTranslation = Self(rawValue: "E0404")
    public static let frontMatterInTranslation = Self(rawValue: "E0405")
    public static let unknownRoom = Self(rawValue: "E0406")
    public static let brokenItemLink = Self(rawValue: "E0407")
    public static let missingSiteFile = Self(rawValue: "E0408")
    public static let ambiguousReference = Self(rawValue: "E0409")
    public static let missingAsset = Self(rawValue: "E0410")

    // Order of dates and amounts
    public static let endBeforeStart = Self(rawValue: "E0501")
    public static let deadlineAfterStart = Self(rawValue: "E0502")
    public static let closesBeforeOpens = Self(rawValue: "E0503")
    public static let minAboveMax = Self(rawValue: "E0504")
    public static let issueNotIncreasing = Self(rawValue: "E0505")
    public static let rangeReversed = Self(rawValue: "E0506")
    public static let programEndsBeforeCloses = Self(rawValue: "E0507")

    // Warnings
    public static let staleDisclosure = Self(rawValue: "W0601")
    public static let byteOrderMark = Self(rawValue: "W0602")
    public static let confirmedInFuture = Self(rawValue: "W0603")
}

extension DiagnosticCode {
    // Themes and output
    public static let themeError = Self(rawValue: "E0701")
    public static let missingUIString = Self(rawValue: "E0702")
    public static let outputError = Self(rawValue: "E0703")
}
