import ScrutinCore
import Testing

@testable import ScrutinJournal

/// The direct writer of sheet events against `JSONEncoder`: the same bytes, event for event,
/// whatever the figures, the actions and the texts (a second code path for the journal's most
/// frequent event, so the two are compared on thousands of generated ones).
struct SheetEventWriterTests {
    /// Texts as results night may bring them: codes, accents, other scripts, a slash, an emoji,
    /// the line and paragraph separators, DEL, and the characters JSON escapes.
    static let texts = [
        "C001-0001", "clerk-a", "Ségou", "Кулікоро", "تمبكتو", "BKO/C1", "list 😀", "a\u{2028}b", "a\u{2029}b",
        "x\u{7F}y", "", " ", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "nul\u{0}x", "bell\u{7}",
    ]

    /// A small deterministic generator (xorshift), so a failure names its case.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func text() -> String { SheetEventWriterTests.texts[int(0...(SheetEventWriterTests.texts.count - 1))] }
    }

    static func event(_ generator: inout Generator) -> JournalEvent {
        var g = generator
        defer { generator = g }
        func entry() -> SheetEntry {
            SheetEntry(
                station: g.int(0...3) == 0 ? g.text() : "C\(g.int(1...550))-\(g.int(0...9999))",
                registered: g.int(-5...3_000_000_000),
                voters: g.int(0...2000),
                invalid: g.int(-1...100),
                valid: g.int(0...2000),
                votes: (0..<g.int(0...12)).map { _ in
                    .init(list: g.int(0...3) == 0 ? g.text() : "L\(g.int(1...40))", votes: g.int(-3...900))
                }
            )
        }
        let action: DataEntryState.Action =
            switch g.int(0...3) {
            case 0: .enter(entry())
            case 1: .keep(g.int(0...1) == 0 ? .first : .second)
            case 2: .sendBack
            default: .importTrusted(entry(), source: g.text())
            }
        return JournalEvent(
            sequence: g.int(1...10_000_000),
            time: g.int(0...5) == 0 ? g.text() : "2020-04-19T18:\(g.int(10...59)):00Z",
            actor: Actor(name: g.int(0...2) == 0 ? g.text() : "clerk-\(g.int(1...300))", role: .clerk),
            body: .sheet(
                round: g.int(1...2),
                station: g.int(0...3) == 0 ? g.text() : "S\(g.int(1...99))",
                action: action
            )
        )
    }

    @Test("A sheet event written directly is byte for byte what JSONEncoder writes (5,000 generated events)")
    func sameBytes() {
        var generator = Generator(state: 0x5EED_2020)
        var direct = 0
        for index in 0..<5_000 {
            let event = Self.event(&generator)
            let reference = Canonical.encodedByFoundation(event)
            #expect(
                Canonical.encode(event) == reference,
                "event \(index): \(String(decoding: reference, as: UTF8.self))"
            )
            if let bytes = SheetEventWriter.bytes(event) {
                direct += 1
                #expect(bytes == reference, "event \(index): \(String(decoding: reference, as: UTF8.self))")
            }
        }
        // Most events have no text that JSON escapes: the direct writer takes them.
        #expect(direct > 2_500)
    }

    @Test("Other events are not the direct writer's: it gives nothing for them")
    func otherEvents() {
        let event = JournalEvent(
            sequence: 1,
            time: "2020-04-19T18:00:00Z",
            actor: Actor(name: "admin", role: .administrator),
            body: .defineElection(files: [FileDigest(path: "election.json", sha256: "00", size: 1)])
        )
        #expect(SheetEventWriter.bytes(event) == nil)
        #expect(Canonical.encode(event) == Canonical.encodedByFoundation(event))
    }
}
