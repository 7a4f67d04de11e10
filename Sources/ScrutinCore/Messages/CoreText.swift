/// The lines of the core's reports: a problem, a refusal.
public enum CoreText: MessageEntry {
    /// `file:line [field] CODE severity: message`.
    case problemLine(Problem)
    /// Problems, one a line.
    case problems([Problem])
    /// `R014: message`, for a refusal that is not about one event.
    case refusalLine(code: RefusalCode, message: Message)
    /// `event 12 (ruling) R309: message`.
    case eventRefusalLine(sequence: Int, kind: String, code: RefusalCode, message: Message)

    public var message: Message {
        switch self {
        case .problemLine(let problem):
            Message(
                en:
                    "\(problem.location) \(problem.code) \(problem.severity.label.english): \(problem.message(.english))",
                fr: "\(problem.location) \(problem.code) \(problem.severity.label.french) : \(problem.message(.french))"
            )
        case .problems(let problems):
            Message(
                en: problems.map { $0.line(.english) }.joined(separator: "\n"),
                fr: problems.map { $0.line(.french) }.joined(separator: "\n")
            )
        case .refusalLine(let code, let message):
            Message(en: "\(code): \(message.english)", fr: "\(code) : \(message.french)")
        case .eventRefusalLine(let sequence, let kind, let code, let message):
            Message(
                en: "event \(sequence) (\(kind)) \(code): \(message.english)",
                fr: "événement \(sequence) (\(kind)) \(code) : \(message.french)"
            )
        }
    }

    public static var samples: [CoreText] {
        let message = RecordRefusal.listTwice.message
        return [
            .problemLine(
                Problem(.voterBalance, at: BundleLocation(file: "round-1/sheets.csv", line: 3), ["9", "1", "2"])
            ),
            .problems([Problem(.missingFile, at: BundleLocation(file: "parties.csv"))]),
            .refusalLine(code: "R206", message: message),
            .eventRefusalLine(sequence: 7, kind: "sheet", code: "R206", message: message),
        ]
    }
}

/// What a bundle's folder or file is when it cannot be read as one.
public enum BundleText: MessageEntry, Hashable {
    case fileKind(NotARegularFile.Kind)
    /// `is a named pipe (FIFO), not a regular file`.
    case notARegularFile(NotARegularFile.Kind)
    case noSuchFolder(String)
    case isAFile(String)
    case notAFolder(String, NotARegularFile.Kind)

    public var message: Message {
        switch self {
        case .fileKind(let kind):
            switch kind {
            case .folder: Message(en: "a folder", fr: "un dossier")
            case .device: Message(en: "a device", fr: "un périphérique")
            case .pipe: Message(en: "a named pipe (FIFO)", fr: "un tube nommé (FIFO)")
            case .socket: Message(en: "a socket", fr: "une socket")
            case .other: Message(en: "a special file", fr: "un fichier spécial")
            }
        case .notARegularFile(let kind):
            Message(
                en: "is \(Self.fileKind(kind).message.english), not a regular file",
                fr: "est \(Self.fileKind(kind).message.french), pas un fichier ordinaire"
            )
        case .noSuchFolder(let path): Message(en: "\(path): no such folder", fr: "\(path) : dossier introuvable")
        case .isAFile(let path):
            Message(
                en: "\(path): is a file; a bundle is a folder of CSV files",
                fr: "\(path) : est un fichier ; un dossier de scrutin est un dossier de fichiers CSV"
            )
        case .notAFolder(let path, let kind):
            Message(
                en:
                    "\(path): is \(Self.fileKind(kind).message.english), not a folder; a bundle is a folder of CSV files",
                fr: "\(path) : est \(Self.fileKind(kind).message.french), pas un dossier ; un dossier de scrutin est "
                    + "un dossier de fichiers CSV"
            )
        }
    }

    public static var samples: [BundleText] {
        NotARegularFile.Kind.allCases.map { .fileKind($0) } + [
            .notARegularFile(.pipe), .noSuchFolder("/tmp/x"), .isAFile("/tmp/x"), .notAFolder("/dev/null", .device),
        ]
    }
}
