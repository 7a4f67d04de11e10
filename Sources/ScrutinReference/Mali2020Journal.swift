public import ScrutinCore
public import ScrutinPublished

/// The 2020 election rebuilt as a journal of declared results, from `shared/data/mali-2020` only.
///
/// No polling-station figures of 2020 were published, so the journal holds what the authorities
/// declared, as the sources report it:
///
/// 1. the definition: the 55 constituencies and their seats, the parties, and the lists that the
///    sources name (a list is its member parties in one constituency; no candidates, no
///    stations);
/// 2. the Ministry's provisional round-1 results (2 April 2020): outcomes, national figures, the
///    round-1 seats by party;
/// 3. the Court's changes to round 1 (arrêt n°2020-03/CC-EL, 9 April 2020), one ruling each;
/// 4. the Court's final round-1 results;
/// 5. the Ministry's provisional round-2 results (23 April 2020);
/// 6. the Court's seven reversals (arrêt n°2020-04/CC-EL, 30 April 2020);
/// 7. the Court's final round-2 results and seats by party.
///
/// Each declared outcome keeps its sources and certainty; each ruling, its sources and the data's
/// note. The final publications repeat the Court's outcomes as the sources give them, so that
/// replaying the journal checks that the Ministry's results plus the Court's rulings give the
/// Court's results (`ElectionRecord.discrepancies`).
public enum Mali2020Journal {
    public static let ministry = Actor(
        name: "Ministère de l'Administration territoriale et de la Décentralisation (MATD)",
        role: .ministry
    )
    public static let court = Actor(name: "Cour constitutionnelle du Mali", role: .court)
    public static let administrator = Actor(name: "Scrutin, from shared/data/mali-2020", role: .administrator)

    /// The journal's events and the files they refer to.
    ///
    /// - Parameter digest: the SHA-256 of bytes, in hexadecimal (the journal module's).
    /// - Throws: `BundleError` when the embedded data cannot be read.
    public static func make(
        digest: ([UInt8]) -> String
    ) throws(BundleError) -> (events: [JournalEvent], blobs: InMemoryBlobs) {
        let record = try RecordLoader.load(from: ReferenceData.mali2020)
        return make(record, digest: digest)
    }

    /// The journal of a published record (see `make(digest:)`).
    public static func make(
        _ record: PublishedRecord,
        digest: ([UInt8]) -> String
    ) -> (events: [JournalEvent], blobs: InMemoryBlobs) {
        var blobs = InMemoryBlobs()
        var events: [JournalEvent] = []
        func append(_ time: String, _ actor: Actor, _ body: EventBody) {
            events.append(JournalEvent(sequence: events.count + 1, time: time, actor: actor, body: body))
        }
        let files = definitionFiles(record)
        let digests = files.sorted { $0.key < $1.key }.map { path, bytes in
            let sha = digest(bytes)
            blobs.blobs[sha] = bytes
            return FileDigest(path: path, sha256: sha, size: bytes.count)
        }
        // The Court's definitive list of candidates: arrêt n°2020-01/CC-EL of 29 Feb 2020 (rules.md).
        append("2020-02-29", administrator, .defineElection(files: digests))

        let rulingDates = [1: ("arrêt n°2020-03/CC-EL", "2020-04-09"), 2: ("arrêt n°2020-04/CC-EL", "2020-04-30")]
        let provisionalDates = [1: "2020-04-02", 2: "2020-04-23"]
        let seatTables = [
            "1 provisional": "round1-provisional", "1 final": "round1-final", "2 provisional": "provisional",
            "2 final": "final-seed",
        ]
        for round in 1...2 {
            guard let (number, date) = rulingDates[round], let provisionalDate = provisionalDates[round] else {
                continue
            }
            append(
                provisionalDate,
                ministry,
                .publication(
                    round: round,
                    stage: .provisional,
                    declared: declaration(
                        record,
                        round: round,
                        stage: .provisional,
                        seats: seatTables["\(round) provisional"]
                    )
                )
            )
            for change in record.courtChanges where change.round == round && !change.constituency.isEmpty {
                guard let action = action(for: change, record: record) else { continue }
                append(
                    date,
                    court,
                    .ruling(
                        Ruling(
                            authority: "Cour constitutionnelle",
                            number: number,
                            date: date,
                            action: action,
                            note:
                                "\(change.kind) (\(change.certainty.rawValue); \(change.sources.joined(separator: ", "))): "
                                + change.note
                        )
                    )
                )
            }
            append(
                date,
                court,
                .publication(
                    round: round,
                    stage: .final,
                    declared: declaration(record, round: round, stage: .final, seats: seatTables["\(round) final"])
                )
            )
        }
        return (events, blobs)
    }

    /// A list's code: its constituency and member parties, `KAY-YELIMANE/RPM.YELEMA` (a code
    /// may not hold `+`).
    public static func listCode(constituency: String, parties: [String]) -> String {
        constituency + "/" + parties.joined(separator: ".")
    }

    /// The ruling a Court change makes: the Court's outcome for the constituency.
    static func action(for change: PublishedRecord.CourtChange, record: PublishedRecord) -> Ruling.Action? {
        guard let final = record.outcome(change.constituency, round: change.round, stage: .final) else { return nil }
        switch final.status {
        case .elected:
            return .overturn(
                round: change.round,
                constituency: change.constituency,
                list: listCode(constituency: change.constituency, parties: final.winner)
            )
        case .runoff:
            return .declareRunoff(
                round: change.round,
                constituency: change.constituency,
                lists: [final.runoffA, final.runoffB].filter { !$0.isEmpty }.map {
                    listCode(constituency: change.constituency, parties: $0)
                }
            )
        case .unknown:
            return nil
        }
    }

    static func declaration(_ record: PublishedRecord, round: Int, stage: Stage, seats table: String?) -> Declaration {
        let outcomes = record.outcomes.filter { $0.round == round && $0.stage == stage }.map { outcome in
            let status: DeclaredOutcome.Status
            switch outcome.status {
            case .elected:
                status = .elected(list: listCode(constituency: outcome.constituency, parties: outcome.winner))
            case .runoff:
                status = .runoff(
                    lists: [outcome.runoffA, outcome.runoffB].filter { !$0.isEmpty }.map {
                        listCode(constituency: outcome.constituency, parties: $0)
                    }
                )
            case .unknown:
                status = .unknown
            }
            return DeclaredOutcome(
                constituency: outcome.constituency,
                status: status,
                certainty: outcome.certainty,
                sources: outcome.sources
            )
        }
        // National figures: the provisional row; for the Court, its figures as printed when they
        // add up, otherwise the seed's table, which does (as the 2020 report shows them).
        let rows = record.national.filter { $0.round == round }
        let figures: PublishedRecord.NationalFigures?
        switch stage {
        case .provisional: figures = rows.first { $0.stage == "provisional" }
        case .final:
            let finals = rows.filter { $0.stage.hasPrefix("final") }
            figures = finals.first { $0.stage == "final" && $0.addsUp } ?? finals.first { $0.addsUp } ?? finals.first
        }
        let totals = figures.map {
            DeclaredTotals(
                registered: Int($0.registered),
                voters: Int($0.voters),
                invalid: Int($0.invalid),
                valid: Int($0.valid),
                turnoutBasisPoints: $0.printedTurnoutBasisPoints.map(Int.init),
                note: "\($0.stage) (\($0.sources.joined(separator: ", ")))"
            )
        }
        let seats = record.seats.filter { $0.year == 2020 && $0.stage == table }.compactMap { row -> DeclaredSeats? in
            guard let seats = row.total ?? row.round1, seats > 0 else { return nil }
            return DeclaredSeats(party: row.party, seats: seats)
        }
        var sources = Set(outcomes.flatMap(\.sources)).union(figures?.sources ?? [])
        sources.formUnion(record.seats.filter { $0.year == 2020 && $0.stage == table }.flatMap(\.sources))
        return Declaration(outcomes: outcomes, totals: totals, seats: seats, sources: sources.sorted())
    }

    /// The definition as a bundle's files: `election.json`, parties, constituencies, the lists
    /// the sources name, and empty candidates and stations (none were published).
    static func definitionFiles(_ record: PublishedRecord) -> [String: [UInt8]] {
        let rounds = [1, 2].map { round in
            let date = record.fact(round: String(round), figure: "date").flatMap { isoDate($0.value) } ?? ""
            return "{\"round\": \(round), \"date\": \"\(date)\"}"
        }
        let election = """
            {"name": "Mali — National Assembly, 2020 (declared results)", "seats": \(record.constituencies.map(\.seats).reduce(0, +)),
             "system": "two-round-block-vote", "rounds": [\(rounds.joined(separator: ", "))], "previous": "2013",
             "declaredResults": true}

            """
        var parties = CSVWriter(header: ["code", "name"])
        for party in record.parties { parties.append([party.code, party.englishName ?? party.label]) }
        var constituencies = CSVWriter(header: ["code", "name", "region", "seats"])
        for constituency in record.constituencies {
            constituencies.append([
                constituency.code, constituency.name, constituency.region, String(constituency.seats),
            ])
        }
        var lists = CSVWriter(header: ["code", "constituency", "name", "parties"])
        var seen = Set<String>()
        for outcome in record.outcomes {
            for parties in [outcome.winner, outcome.runoffA, outcome.runoffB] where !parties.isEmpty {
                let code = listCode(constituency: outcome.constituency, parties: parties)
                guard seen.insert(code).inserted else { continue }
                let joined = parties.joined(separator: "+")
                lists.append([code, outcome.constituency, joined, joined])
            }
        }
        return [
            BundleLayout.election: Array(election.utf8),
            BundleLayout.parties: parties.bytes,
            BundleLayout.constituencies: constituencies.bytes,
            BundleLayout.lists: lists.bytes,
            BundleLayout.candidates: CSVWriter(header: ["list", "position", "name", "gender", "party"]).bytes,
            BundleLayout.stations: CSVWriter(header: ["code", "constituency", "name", "registered"]).bytes,
        ]
    }

    /// `2020-03-29` from `29 Mar 2020`.
    static func isoDate(_ text: String) -> String? {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: String(parts[1].prefix(3))),
            let year = Int(parts[2])
        else { return nil }
        return "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }
}
