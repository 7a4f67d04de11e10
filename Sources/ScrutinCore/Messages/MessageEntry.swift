/// An entry of the message catalogue: a value that says something, in English and French.
///
/// Each area has one enum of entries (`RecordRefusal`, `StoreText`, `ReportText`, `CommandText`,
/// `HelpText`, `Word`, …), all in `Sources/ScrutinCore/Messages`; a case is a message, its
/// associated values are what the message names. The `message` switch is exhaustive and a
/// `Message` needs both languages, so no entry can lack one.
///
/// ```swift
/// throw RecordError(event: event, refusal: .unknownStation("N9-99"))
/// console.write(Word.independents(language))
/// ```
public protocol MessageEntry: Sendable {
    /// The text, in both languages.
    var message: Message { get }

    /// One value of each case (with made-up arguments), for the catalogue's tests.
    static var samples: [Self] { get }
}

extension MessageEntry {
    /// The text in one language.
    public func callAsFunction(_ language: Language) -> String { message(language) }
}

extension MessageEntry where Self: CaseIterable {
    public static var samples: [Self] { Array(allCases) }
}

/// The message catalogue: every entry type, for `scrutin codes` and the tests that hold every
/// message to both languages and to French typography.
public enum MessageCatalogue {
    /// Every entry type of the catalogue.
    public static let entries: [any MessageEntry.Type] = [
        Word.self, SheetField.self, RecordField.self, RecordRefusal.self, CheckpointFlaw.self, StoreText.self,
        VerifyText.self, BundleText.self, ChainText.self, StoredValueKind.self, CoreText.self, RecordText.self,
        ReportText.self, PublishingText.self, Mali2020Text.self, CommandText.self, KeyText.self, HelpText.self,

    ]

    /// Entries that read the same in both languages: names, codes and symbols, and texts shown as
    /// they come (SQLite's messages).
    public static let sameInBothLanguages: Set<String> = [
        "Word.code", "Word.total", "Word.change", "StoreText.sqlite", "StoredValueKind.null",
        "Mali2020Text.sourcesTitle", "Mali2020Text.sourceNote", "CommandText.systemError",
    ]

    /// One value of every case of every entry, named `Type.case`, with its message.
    public static var samples: [(name: String, message: Message)] {
        entries.flatMap { type in samples(of: type) }
    }

    private static func samples<Entry: MessageEntry>(of type: Entry.Type) -> [(name: String, message: Message)] {
        Entry.samples.map { ("\(Entry.self).\(caseName($0))", $0.message) }
    }

    /// The name of an enum value's case, without its associated values.
    public static func caseName(_ value: some Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .enum, let label = mirror.children.first?.label { return label }
        let text = String(describing: value)
        return String(text.prefix { $0 != "(" })
    }
}
