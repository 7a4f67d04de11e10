public import ScrutinCore

/// `scrutin check`: every problem with its code, and the exit status that sums them up.
public struct CheckReport: Codable, Sendable, Hashable {
    public static let schemaVersion = "scrutin.check/1"

    /// The documented exit statuses of `scrutin check`.
    public enum Status: Int32, Codable, Sendable {
        /// No problem.
        case clean = 0
        /// Warnings only: every sheet is counted.
        case warnings = 1
        /// Errors: quarantined sheets or candidacy errors.
        case errors = 2
        /// The bundle cannot be read (S or D problems); nothing was loaded.
        case unreadable = 3
    }

    public struct Entry: Codable, Sendable, Hashable {
        public var code: String
        public var severity: String
        public var file: String
        public var line: Int
        public var field: String?
        public var message: String
        public var meaning: String
    }

    public var schema = Self.schemaVersion
    public var bundle: String
    public var status: Status
    public var errors: Int
    public var warnings: Int
    public var quarantinedSheets: Int
    public var problems: [Entry]

    /// The report of a bundle that loaded.
    public init(bundle: String, count: ElectionCount, language: Language) {
        let problems = count.problems
        let quarantined = count.rounds.reduce(0) { total, round in
            total + (0..<round.sheets.count).count { round.sheets.state(ofSheet: $0) == .quarantined }
        }
        self.init(bundle: bundle, problems: problems, quarantined: quarantined, language: language)
    }

    /// The report of a bundle that could not be read.
    public init(bundle: String, error: BundleError, language: Language) {
        self.init(bundle: bundle, problems: error.problems, quarantined: 0, language: language)
    }

    init(bundle: String, problems: [Problem], quarantined: Int, language: Language) {
        self.bundle = bundle
        self.problems = problems.map { problem in
            Entry(
                code: problem.code.rawValue,
                severity: problem.severity.rawValue,
                file: problem.location.file,
                line: problem.location.line,
                field: problem.location.field,
                message: problem.message(language),
                meaning: CheckCatalogue.definition(of: problem.code).meaning(language)
            )
        }
        errors = problems.count { $0.severity >= .error }
        warnings = problems.count { $0.severity == .warning }
        quarantinedSheets = quarantined
        if problems.contains(where: { $0.severity == .fatal }) {
            status = .unreadable
        } else if errors > 0 {
            status = .errors
        } else if warnings > 0 {
            status = .warnings
        } else {
            status = .clean
        }
    }

    /// One line per problem, then a summary.
    public func text(language: Language) -> String {
        var text = ""
        if status == .unreadable { text += Word.cannotRead(language) + "\n" }
        for problem in problems {
            var location = problem.file
            if problem.line > 0 { location += ":\(problem.line)" }
            if let field = problem.field { location += " [\(field)]" }
            let severity = Severity(rawValue: problem.severity)?.label(language) ?? problem.severity
            text += "\(location) \(problem.code) \(severity)" + ReportText.colon(language) + "\(problem.message)\n"
        }
        if problems.isEmpty {
            text += Word.summaryClean(language) + "\n"
        } else if status != .unreadable {
            let format = Format(language)
            text +=
                ReportText.checkSummary(
                    errors: format.number(errors),
                    warnings: format.number(warnings),
                    quarantined: format.number(quarantinedSheets)
                )(language) + "\n"
        }
        return text
    }

    /// The catalogue as a Markdown table, as the README shows it.
    public static func catalogueMarkdown(language: Language) -> String {
        var text =
            "| \(Word.code(language)) | \(Word.severity(language)) | \(Word.meaning(language)) |\n|---|---|---|\n"
        for check in CheckCatalogue.all {
            text += "| \(check.code) | \(check.severity.label(language)) | \(check.meaning(language)) |\n"
        }
        return text
    }

    /// The catalogue of the record's refusals as a Markdown table (the README's).
    public static func refusalsMarkdown(language: Language) -> String {
        var text = "| \(Word.code(language)) | \(Word.meaning(language)) |\n|---|---|\n"
        for refusal in RefusalCatalogue.all {
            text += "| \(refusal.code) | \(refusal.meaning(language)) |\n"
        }
        return text
    }
}
