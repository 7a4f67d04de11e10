import Foundation
import ScrutinCore
import ScrutinJournal
import Testing

/// Golden vectors: a fixed journal with an event of every kind, its exact canonical bytes and its
/// exact SHA-256 chain (`Resources/golden-journal.txt`).
///
/// Stored election files hold these bytes and hashes. Renaming an enum case, a coding key or a
/// field, or changing how JSON is written, changes them, and every file already written would
/// then fail `verify`: such a change must be a new file format, never a silent one. This test
/// fails first.
///
/// After a deliberate format change, write the file anew:
/// `SCRUTIN_WRITE_GOLDEN=Tests/ScrutinJournalTests/Resources/golden-journal.txt swift test --filter GoldenJournalTests`.
struct GoldenJournalTests {
    /// One line per event: sequence, previous hash, hash, canonical bytes (UTF-8, one line).
    static func lines(_ chained: [ChainedEvent]) -> [String] {
        chained.map { item in
            "\(item.sequence) \(item.previousHash) \(item.hash) " + String(decoding: item.canonical, as: UTF8.self)
        }
    }

    static func golden() throws -> [String] {
        guard
            let url = Bundle.module.url(forResource: "golden-journal", withExtension: "txt", subdirectory: "Resources")
        else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test("Every kind of event encodes to the golden canonical bytes, chained to the golden hashes")
    func canonicalBytesAndChain() throws {
        var chained: [ChainedEvent] = []
        for event in Self.events {
            chained.append(HashChain.chain(event, after: chained.last))
        }
        let actual = Self.lines(chained)
        if let path = ProcessInfo.processInfo.environment["SCRUTIN_WRITE_GOLDEN"] {
            let header = [
                "# Golden vectors of the election journal (GoldenJournalTests): one event per line,",
                "# <sequence> <previous hash> <hash> <canonical bytes>. Never edit by hand.",
            ]
            try Data((header + actual).joined(separator: "\n").appending("\n").utf8)
                .write(to: URL(fileURLWithPath: path))
        }
        let golden = try Self.golden()
        #expect(golden.count == Self.events.count, "the golden file has \(golden.count) events")
        for (index, line) in actual.enumerated() where index < golden.count {
            #expect(line == golden[index], "event \(index + 1) no longer encodes as stored:\n\(line)")
        }
        // The bytes decode to the same events, and the chain verifies.
        #expect(try HashChain.verify(chained) == Self.events)
        // Every kind of event is here.
        let kinds = Set(Self.events.map(\.body.kind))
        let expected: Set<String> = [
            "define", "import", "sheet-enter", "sheet-keep", "sheet-send-back", "sheet-import-trusted",
            "ruling-annul-sheet", "ruling-correct-sheet", "ruling-not-opened", "ruling-disqualify-list",
            "ruling-overturn", "ruling-declare-runoff", "ruling-annul-constituency", "ruling-settle-tie",
            "publish-provisional", "publish-final",
        ]
        #expect(kinds == expected)
        #expect(Set(Self.events.map(\.actor.role)) == Set(Role.allCases))
    }

    @Test("A file's digest is lower-case hexadecimal SHA-256 (FIPS 180-2's 'abc')")
    func fileDigest() {
        #expect(
            HashChain.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        #expect(HashChain.genesis == String(repeating: "0", count: 64))
    }

    @Test("A publication's signature: the signed message and the key's fingerprint are pinned")
    func signatureMessage() throws {
        // A fixed Ed25519 key (32 bytes 0x01…0x20) and a signature made with it over event 16 of
        // the golden journal: verifying it pins the message `scrutin-journal-head-v1\n16\n<hash>`.
        let key = try Keys.PrivateKey(
            fileText: "scrutin-ed25519-private-v1\nAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=\n"
        )
        var previous: ChainedEvent?
        for event in Self.events { previous = HashChain.chain(event, after: previous) }
        guard let head = previous else { return }
        #expect(key.publicKey.fingerprint == Self.fingerprint)
        let signature = Signatures.Signature(
            sequence: head.sequence,
            hash: head.hash,
            key: key.publicKey.fingerprint,
            signature: Self.signature
        )
        #expect(Signatures.isValid(signature, hash: head.hash, key: key.publicKey))
        if ProcessInfo.processInfo.environment["SCRUTIN_WRITE_GOLDEN"] != nil {
            let made = try Signatures.sign(sequence: head.sequence, hash: head.hash, with: key)
            print("golden signature: \(made.signature), fingerprint \(made.key)")
        }
    }

    static let fingerprint = "ed25519:65b60673d6ed884b"
    static let signature = "0z07m2qNUgAf72Z9By8MC4cZSkGl3CtNXMW1NyYwi/PBOM1XkQLpyBE43G+uHz4S9Lue1Vt+AdJX92b9n4dmBg=="

    // MARK: - The journal

    static let court = Actor(name: "Cour constitutionnelle", role: .court)
    static func ruling(_ action: Ruling.Action, _ note: String?) -> EventBody {
        .ruling(
            Ruling(
                authority: "Cour constitutionnelle",
                number: "arrêt n°2024-01/CC-EL",
                date: "2024-03-10",
                action: action,
                note: note
            )
        )
    }
    static let sheet = SheetEntry(
        station: "N1-01",
        registered: 500,
        voters: 300,
        invalid: 10,
        valid: 290,
        votes: [
            .init(list: "LB-N1", votes: 100), .init(list: "LA-N1", votes: 150), .init(list: "LI-N1", votes: 40),
        ]
    )

    static let bodies: [(String, Actor, EventBody)] = [
        (
            "2024-03-01", Actor(name: "admin", role: .administrator),
            .defineElection(files: [
                FileDigest(path: "election.json", sha256: String(repeating: "a", count: 64), size: 173),
                FileDigest(path: "lists.csv", sha256: String(repeating: "b", count: 64), size: 120),
            ])
        ),
        (
            "2024-03-03T21:00:00Z", Actor(name: "admin", role: .administrator),
            .importRound(
                round: 1,
                files: [FileDigest(path: "round-1/sheets.csv", sha256: String(repeating: "c", count: 64), size: 98)],
                source: "transmission n°1 — Bamako/Kati"
            )
        ),
        (
            "2024-03-24T20:00:00Z", Actor(name: "clerk-a", role: .clerk),
            .sheet(round: 2, station: "N1-01", action: .enter(sheet))
        ),
        (
            "2024-03-24T20:05:00Z", Actor(name: "Awa Traoré", role: .supervisor),
            .sheet(round: 2, station: "N1-01", action: .keep(.first))
        ),
        (
            "2024-03-24T20:06:00Z", Actor(name: "Awa Traoré", role: .supervisor),
            .sheet(round: 2, station: "N1-02", action: .sendBack)
        ),
        (
            "2024-03-24T20:07:00Z", Actor(name: "admin", role: .administrator),
            .sheet(round: 2, station: "N1-01", action: .importTrusted(sheet, source: "PV \"scanné\" \\ n°3"))
        ),
        ("2024-03-10", court, ruling(.annulSheet(round: 1, station: "S1-01"), "ߒߞߏ: fraude constatée")),
        ("2024-03-10", court, ruling(.correctSheet(round: 1, sheet: sheet), nil)),
        ("2024-03-10", court, ruling(.markNotOpened(round: 1, station: "S1-02", reason: "inondation"), nil)),
        ("2024-03-10", court, ruling(.disqualifyList(list: "LI-N1"), nil)),
        ("2024-03-10", court, ruling(.overturn(round: 1, constituency: "S1", list: "LB-S1"), nil)),
        ("2024-03-10", court, ruling(.declareRunoff(round: 1, constituency: "N1", lists: ["LA-N1", "LB-N1"]), nil)),
        ("2024-03-10", court, ruling(.annulConstituency(round: 2, constituency: "S1"), nil)),
        (
            "2024-03-10", court,
            ruling(.settleTie(round: 2, constituency: "N1", lists: ["LB-N1"], draw: "tirage au sort"), nil)
        ),
        (
            "2024-03-11", Actor(name: "MATD", role: .ministry),
            .publication(round: 1, stage: .provisional, declared: nil)
        ),
        (
            "2024-03-12", court,
            .publication(
                round: 1,
                stage: .final,
                declared: Declaration(
                    outcomes: [
                        DeclaredOutcome(
                            constituency: "N1",
                            status: .runoff(lists: ["LA-N1", "LB-N1"]),
                            certainty: .sourced,
                            sources: ["S1"]
                        ),
                        DeclaredOutcome(
                            constituency: "S1",
                            status: .elected(list: "LA-S1"),
                            certainty: .derived,
                            sources: []
                        ),
                        DeclaredOutcome(
                            constituency: "S2",
                            status: .unknown,
                            certainty: .unknown,
                            sources: ["S2", "S3"]
                        ),
                    ],
                    totals: DeclaredTotals(
                        registered: 1400,
                        voters: 750,
                        invalid: 20,
                        valid: 730,
                        turnoutBasisPoints: 5357,
                        note: "arrêt"
                    ),
                    seats: [DeclaredSeats(party: "A", seats: 1)],
                    sources: ["S1"]
                )
            )
        ),
    ]

    static let events: [JournalEvent] = bodies.enumerated().map { index, item in
        JournalEvent(sequence: index + 1, time: item.0, actor: item.1, body: item.2)
    }
}
