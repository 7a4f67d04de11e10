import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinJournal
import ScrutinReference
import ScrutinStore

/// Who records an event, and when.
struct ActorOptions: ParsableArguments {
    @Option(help: HelpText.actor.help)
    var actor: String?

    @Option(help: ArgumentHelp(HelpText.time.text, visibility: .default))
    var time: String?

    func name(_ console: Console) throws -> String {
        if let actor, !actor.isEmpty { return actor }
        if let actor = console.environment["SCRUTIN_ACTOR"], !actor.isEmpty { return actor }
        throw ValidationError(.giveActor)
    }

    /// The event's clock: `--time` when given (`when()`), else now, read when the store calls it
    /// (under the write lock, so a writer that waited is timed after the one it waited for).
    func clock() throws -> () -> String {
        guard time != nil else { return { RecordClock.now() } }
        let given = try when()
        return { given }
    }

    /// The event's time: `--time` when given (a real UTC time, not more than a day ahead of
    /// this machine's clock, so a typo cannot lock the journal in the future), else now.
    func when() throws -> String {
        guard let time else { return RecordClock.now() }
        guard RecordTime.isValid(time) else {
            throw ValidationError(.timeNotReal(time))
        }
        let tomorrow = RecordClock.now(offset: 86_400)
        guard !RecordTime.isBefore(tomorrow, time) else {
            throw ValidationError(.timeAhead(time, now: RecordClock.now()))
        }
        return time
    }
}

enum RecordClock {
    /// Now, in UTC, to the second: `2026-11-29T02:39:08Z`.
    static func now(offset: Int = 0) -> String {
        var seconds = time(nil) + offset
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}

/// Where a record comes from: an election file, or the embedded 2020 journal.
enum RecordSource {
    case file(ElectionStore)
    case embedded(events: [JournalEvent], blobs: InMemoryBlobs)

    /// The keyword that names the embedded 2020 journal where a file is expected.
    static let embeddedName = "mali-2020"

    /// Opens an election file, or the embedded journal for `mali-2020` or no path.
    static func open(_ path: String?) throws(StoreError) -> RecordSource {
        guard let path, path != embeddedName else {
            do {
                let made = try Mali2020Journal.make(digest: HashChain.digest)
                return .embedded(events: made.events, blobs: made.blobs)
            } catch {
                throw .notAnElectionFile(embeddedName, error.text)
            }
        }
        return .file(try ElectionStore.open(at: path, options: .machine))
    }

    var blobs: any BlobSource {
        switch self {
        case .file(let store): store.blobs
        case .embedded(_, let blobs): blobs
        }
    }

    /// The journal's events after event `sequence` (all of them for 0), their chain checked.
    func events(after sequence: Int = 0) throws(StoreError) -> [JournalEvent] {
        switch self {
        case .file(let store): try store.events(after: sequence)
        case .embedded(let events, _): Array(events.dropFirst(max(0, sequence)))
        }
    }

    /// The record, through an event when given (the chain of a file is verified first).
    func record(through: Int? = nil) throws(StoreError) -> ElectionRecord {
        switch self {
        case .file(let store): return try store.record(through: through)
        case .embedded(let events, let blobs):
            do {
                return try ElectionRecord.replay(events, blobs: blobs, through: through)
            } catch {
                throw .record(error)
            }
        }
    }
}

/// A moment of a record: an event number, a time, `head`, or a publication (`provisional-1`).
enum Moment {
    static var help: ArgumentHelp { HelpText.moment.help }

    /// The number of the last event at that moment.
    ///
    /// - Throws: `ValidationError`, in the language given, for a moment the journal does not have.
    ///
    /// - Parameter journal: the journal's events, read only for a moment given as a time.
    static func resolve(
        _ text: String,
        in record: ElectionRecord,
        journal: () throws -> [JournalEvent],
        language: Language
    ) throws -> Int {
        if text == "head" { return record.head }
        if let number = Int(text) {
            guard (1...max(1, record.head)).contains(number) else {
                throw ValidationError(.eventDoesNotExist(number, head: record.head), language)
            }
            return number
        }
        for stage in [Stage.provisional, .final] where text.hasPrefix(stage.rawValue + "-") {
            guard let round = Int(text.dropFirst(stage.rawValue.count + 1)) else { break }
            guard let publication = record.publications.last(where: { $0.round == round && $0.stage == stage }) else {
                throw ValidationError(.noPublication(stage, round: round), language)
            }
            return publication.sequence
        }
        guard RecordTime.isValid(text) else { throw ValidationError(.notAMoment(text), language) }
        guard let event = try journal().last(where: { RecordTime.isAtOrBefore($0.time, text) }) else {
            throw ValidationError(.noEventBefore(text), language)
        }
        return event.sequence
    }
}

/// A store error as a message and exit status.
func report(_ error: StoreError, console: Console, language: Language) -> Int32 {
    console.writeError(CommandText.errorText(error.message(language))(language) + "\n")
    switch error {
    // A stored file that was changed is a damaged file, not a refused event.
    case .record(let error): return error.storedFileDamaged ? Status.unreadable : Status.refused
    case .busy: return Status.busy
    case .chain, .notRebuilt: return Status.tampered
    case .notAnElectionFile, .exists, .cannotCreate, .database, .damaged: return Status.unreadable
    }
}

extension Status {
    /// The record refused the event: nothing was written.
    static let refused: Int32 = 2
    /// Another process held the election file too long: nothing was written.
    static let busy: Int32 = 75
    /// The journal was changed behind the program's back (`verify` finds problems).
    static let tampered: Int32 = 1
}

/// Reads a count given on the command line as a file's count is read (`CountField`): digits
/// only, no sign, at most 2,147,483,647.
func parseCount(_ text: String) throws -> Int {
    switch CountField.parse(text) {
    case .value(let value): return Int(value)
    case .negative: throw ValidationError(.countNegative(text))
    case .tooLarge: throw ValidationError(.countTooLarge(text))
    case .invalid: throw ValidationError(.notACount(text))
    }
}

/// Reads `list=votes,list=votes`.
func parseVotes(_ text: String?) throws -> [SheetEntry.ListVotes] {
    guard let text, !text.isEmpty else { return [] }
    return try text.split(separator: ",").map { pair in
        let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw ValidationError(.votesPairs(String(pair)))
        }
        switch CountField.parse(parts[1]) {
        case .value(let value): return SheetEntry.ListVotes(list: parts[0], votes: Int(value))
        case .negative: throw ValidationError(.votesOf(parts[0], CommandText.countNegative(parts[1]).message))
        case .tooLarge: throw ValidationError(.votesOf(parts[0], CommandText.countTooLarge(parts[1]).message))
        case .invalid: throw ValidationError(.votesOf(parts[0], CommandText.notACount(parts[1]).message))
        }
    }
}

/// The figures of a tally sheet, as options.
struct SheetOptions: ParsableArguments {
    @Option(help: HelpText.stationCode.help)
    var station: String

    @Option(help: HelpText.sheetRegistered.help, transform: parseCount)
    var registered: Int

    @Option(help: HelpText.sheetVoters.help, transform: parseCount)
    var voters: Int

    @Option(help: HelpText.sheetInvalid.help, transform: parseCount)
    var invalid: Int

    @Option(help: HelpText.sheetValid.help, transform: parseCount)
    var valid: Int

    @Option(help: HelpText.sheetVotes.help)
    var votes: String?

    func entry() throws -> SheetEntry {
        SheetEntry(
            station: station,
            registered: registered,
            voters: voters,
            invalid: invalid,
            valid: valid,
            votes: try parseVotes(votes)
        )
    }
}
