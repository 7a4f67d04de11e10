public import ScrutinCore
public import ScrutinPublished

extension ResultsBook {
    /// The book of a published record rebuilt as a journal of declared results (the embedded 2020
    /// election).
    ///
    /// Seats by party and votes come from the report of the record (the seed's table, the
    /// figures that add up); outcomes by constituency from the journal's final and provisional
    /// declarations; the changes from the journal's diffs, with the Court's rulings.
    ///
    /// - Parameters:
    ///   - reference: the report of the published record.
    ///   - record: the published record (parties' leaders, regional turnout).
    ///   - journal: the journal replayed to its end.
    ///   - provisional: the journal's snapshot at each round's provisional publication.
    ///   - diffs: provisional against final, per round.
    public init(
        reference: ReferenceReport,
        record: PublishedRecord,
        journal: ElectionRecord,
        provisional: [Int: ResultsSnapshot],
        diffs: [ResultsDiff]
    ) {
        let settings = journal.definition?.settings
        name = PublishingText.mali2020Name.message.english
        frenchName = PublishingText.mali2020Name.message.french
        country = "Mali"
        countryCode = "ml"
        body = "National Assembly"
        isSynthetic = false
        seats = reference.seats
        majority = reference.majority
        rounds = reference.votes.compactMap { votes in votes.date.map { RoundDate(round: votes.round, date: $0) } }
        if rounds.isEmpty { rounds = settings?.rounds.map { RoundDate(round: $0.number, date: $0.date) } ?? [] }
        previousElection = "2013"
        stage = "final"
        source = PublishingText.mali2020Source.message.english
        frenchSource = PublishingText.mali2020Source.message.french

        var paletteIndex = 0
        parties = reference.parties.map { row in
            let kind: PartyLine.Kind = row.party == "IND" ? .independents : (row.party == "OTHER" ? .others : .party)
            let colour: String
            switch kind {
            case .independents: colour = PartyColours.independents
            case .others: colour = PartyColours.others
            case .party:
                colour = PartyColours.colour(at: paletteIndex)
                paletteIndex += 1
            }
            return PartyLine(
                code: row.party,
                name: row.name ?? row.label,
                colour: colour,
                leader: record.party(row.party)?.leader,
                kind: kind,
                byRound: [row.round1, row.round2],
                total: row.total ?? 0,
                previous: row.previous,
                isNew: row.new
            )
        }
        partyNames = Dictionary(
            record.parties.map { ($0.code, $0.englishName ?? ($0.label.isEmpty ? $0.code : $0.label)) },
            uniquingKeysWith: { first, _ in first }
        )
        majorityHolder = reference.majorityHolder
        women = reference.women.elected.map(Int.init)

        votes = reference.votes.compactMap { round in
            guard let final = round.final else { return nil }
            return RoundVotes(
                round: round.round,
                figures: Totals(
                    registered: final.registered,
                    voters: final.voters,
                    invalid: final.invalid,
                    valid: final.valid
                ),
                printedTurnoutBasisPoints: final.printedTurnoutBasisPoints,
                provisional: round.provisional.map {
                    Totals(registered: $0.registered, voters: $0.voters, invalid: $0.invalid, valid: $0.valid)
                },
                provisionalTurnoutBasisPoints: round.provisional?.printedTurnoutBasisPoints,
                coverage: nil
            )
        }

        // Turnout by region: the Court's round-1 percentages, and the three highest of round 2.
        let regionNames = Array(Set(record.constituencies.map(\.region))).sorted()
        var turnout: [String: [Int: Int64]] = [:]
        for (round, figure) in [(1, "turnout_by_region_pct (Court)"), (2, "turnout_by_region_pct (Court), highest")] {
            guard let fact = record.facts.first(where: { $0.round == String(round) && $0.figure == figure }) else {
                continue
            }
            for (region, value) in Self.regionalShares(fact.value) {
                let name = regionNames.first { $0 == region || $0.hasSuffix(" " + region) } ?? region
                turnout[name, default: [:]][round] = value
            }
        }
        regions = regionNames.map { Region(name: $0, turnoutBasisPoints: turnout[$0] ?? [:], totals: [:]) }

        // Constituencies: the journal's final declarations, with the provisional ones that differ.
        let final = ResultsSnapshot(declared: journal)
        let rulings = Self.rulingsByConstituency(journal)
        constituencies = record.constituencies.map { constituency in
            let rounds = final.rounds.compactMap { round -> ConstituencyRound? in
                guard let item = round.constituencies.first(where: { $0.code == constituency.code }) else { return nil }
                let before = provisional[round.round]?.round(round.round)?.constituencies.first {
                    $0.code == constituency.code
                }?.outcome
                let published = record.outcome(constituency.code, round: round.round, stage: .final)
                return ConstituencyRound(
                    round: round.round,
                    status: Self.status(item.outcome),
                    lists: Self.lists(item.outcome),
                    votes: Self.publishedVotes(published),
                    totals: nil,
                    coverage: nil,
                    quarantined: [],
                    provisional: before.flatMap {
                        $0.isSame(as: item.outcome) || $0 == .notContested ? nil : OutcomeText($0)
                    }
                )
            }
            return Constituency(
                code: constituency.code,
                name: constituency.name,
                region: constituency.region,
                seats: constituency.seats,
                rounds: rounds,
                rulings: rulings[constituency.code] ?? []
            )
        }
        changes = Self.changes(diffs)
        comparedRounds = diffs.compactMap { diff in journal.publications.first { $0.sequence == diff.to }?.round }
        var notes = reference.seatConflicts.map { Mali2020Text.sourceNote($0) }
        for round in reference.votes where !round.finalAlternatives.isEmpty {
            if let alternative = round.finalAlternatives.first, !alternative.addsUp {
                notes.append(
                    .courtDoesNotAddUp(
                        round: round.round,
                        voters: alternative.voters,
                        invalid: alternative.invalid,
                        valid: alternative.valid
                    )
                )
            }
        }
        self.notes = notes.map(\.message.english)
        frenchNotes = notes.map(\.message.french)
        separateColours()
    }

    static func status(_ outcome: ResultsSnapshot.Outcome) -> String {
        switch outcome {
        case .elected: "elected"
        case .runoff: "runoff"
        case .tie: "tie"
        case .counting: "counting"
        case .blocked: "blocked"
        case .annulled: "annulled"
        case .notContested: "not contested"
        case .unknown: "unknown"
        }
    }

    static func lists(_ outcome: ResultsSnapshot.Outcome) -> [String] {
        switch outcome {
        case .elected(let list): [list.label]
        case .runoff(let lists): lists.map(\.label)
        default: []
        }
    }

    /// The votes a published outcome gives: the two runoff lists' (round 1) or the pair's (round 2).
    static func publishedVotes(_ outcome: PublishedRecord.Outcome?) -> [ListVotes] {
        guard let outcome else { return [] }
        var votes: [ListVotes] = []
        for (parties, count) in [(outcome.runoffA, outcome.votesA), (outcome.runoffB, outcome.votesB)] {
            guard !parties.isEmpty, let count else { continue }
            let label = parties.joined(separator: "+")
            votes.append(ListVotes(code: label, label: label, votes: count, shareBasisPoints: nil))
        }
        return votes
    }

    /// `Kayes 38.85; Koulikoro 35.65; …` as basis points by region; text in brackets is left out.
    static func regionalShares(_ text: String) -> [(String, Int64)] {
        text.split(separator: ";").compactMap { part in
            let clean = part.split(separator: "[").first.map(String.init) ?? String(part)
            let words = clean.split(separator: " ").map(String.init)
            guard let value = words.last, let basisPoints = Self.basisPoints(value) else { return nil }
            let name = words.dropLast().joined(separator: " ")
            return name.isEmpty ? nil : (name, basisPoints)
        }
    }

    /// `38.85` → 3885, `36` → 3600; nil when not a percentage with at most two decimals.
    static func basisPoints(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            guard parts[1].count <= 2, let digits = Int64(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? digits * 10 : digits
        }
        return whole * 100 + fraction
    }
}

extension ResultsBook {
    /// The book of any record of declared results, as of its last event: outcomes, national
    /// figures and seats by party as declared (without a split by round).
    public init(declared record: ElectionRecord, provisional: [Int: ResultsSnapshot], diffs: [ResultsDiff]) {
        let snapshot = ResultsSnapshot(declared: record)
        let settings = record.definition?.settings
        name = settings?.name ?? ""
        frenchName = nil
        country = nil
        countryCode = nil
        body = ""
        isSynthetic = settings?.isSynthetic ?? false
        seats = settings?.seats ?? 0
        majority = settings?.majority ?? 0
        rounds = settings?.rounds.map { RoundDate(round: $0.number, date: $0.date) } ?? []
        previousElection = settings?.previousElection
        let last = record.publications.last
        stage = last.map { $0.stage.rawValue } ?? "count"
        source = PublishingText.declaredSource(head: record.head).message.english
        frenchSource = PublishingText.declaredSource(head: record.head).message.french
        var paletteIndex = 0
        parties = snapshot.seats.map { seats in
            let party = record.definition?.party(code: seats.party).flatMap { record.definition?[$0] }
            let kind: PartyLine.Kind =
                seats.party == "IND" ? .independents : (seats.party == "OTHER" ? .others : .party)
            var colour = party?.color ?? PartyColours.independents
            if kind == .party && party?.color == nil {
                colour = PartyColours.colour(at: paletteIndex)
                paletteIndex += 1
            } else if kind == .others {
                colour = PartyColours.others
            }
            return PartyLine(
                code: seats.party,
                name: party?.name ?? seats.party,
                colour: colour,
                leader: nil,
                kind: kind,
                byRound: [],
                total: seats.seats,
                previous: nil,
                isNew: false
            )
        }
        partyNames = Dictionary(
            (record.definition?.parties ?? []).map { ($0.code, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let majority = self.majority
        majorityHolder = parties.first { $0.kind == .party && $0.total >= majority }?.code
        women = nil
        votes = snapshot.rounds.compactMap { round in
            guard let totals = round.totals else { return nil }
            let before = provisional[round.round]?.round(round.round)
            return RoundVotes(
                round: round.round,
                figures: totals,
                printedTurnoutBasisPoints: round.declaredTurnoutBasisPoints.map(Int64.init),
                provisional: before?.totals,
                provisionalTurnoutBasisPoints: before?.declaredTurnoutBasisPoints.map(Int64.init),
                coverage: nil
            )
        }
        regions = []
        let rulings = Self.rulingsByConstituency(record)
        constituencies = (record.definition?.constituencies ?? []).enumerated().map { index, constituency in
            let region = record.definition.map { $0.regions[$0.region(of: ConstituencyID(index)).index] } ?? ""
            let rounds = snapshot.rounds.compactMap { round -> ConstituencyRound? in
                guard let item = round.constituencies.first(where: { $0.code == constituency.code }) else { return nil }
                let before = provisional[round.round]?.round(round.round)?.constituencies.first {
                    $0.code == constituency.code
                }?.outcome
                return ConstituencyRound(
                    round: round.round,
                    status: Self.status(item.outcome),
                    lists: Self.lists(item.outcome),
                    votes: [],
                    totals: nil,
                    coverage: nil,
                    quarantined: [],
                    provisional: before.flatMap {
                        $0.isSame(as: item.outcome) || $0 == .notContested ? nil : OutcomeText($0)
                    }
                )
            }
            return Constituency(
                code: constituency.code,
                name: constituency.name,
                region: region,
                seats: constituency.seats,
                rounds: rounds,
                rulings: rulings[constituency.code] ?? []
            )
        }
        changes = Self.changes(diffs)
        comparedRounds = diffs.compactMap { diff in record.publications.first { $0.sequence == diff.to }?.round }
        notes = []
        separateColours()
    }
}

extension ResultsBook {
    /// The book of a published record and its journal of declared results, replayed here: each
    /// round's provisional snapshot and its diff to the final one come from the journal.
    ///
    /// - Throws: `RecordError` when the journal does not replay.
    public init(
        reference: ReferenceReport,
        record: PublishedRecord,
        events: [JournalEvent],
        blobs: some BlobSource
    ) throws(RecordError) {
        let journal = try ElectionRecord.replay(events, blobs: blobs)
        var provisional: [Int: ResultsSnapshot] = [:]
        var diffs: [ResultsDiff] = []
        for round in 1...(journal.definition?.system.rounds ?? 1) {
            guard let first = journal.publications.first(where: { $0.round == round && $0.stage == .provisional }),
                let final = journal.publications.first(where: { $0.round == round && $0.stage == .final })
            else { continue }
            let before = ResultsSnapshot(
                declared: try ElectionRecord.replay(events, blobs: blobs, through: first.sequence)
            )
            let after = try ElectionRecord.replay(events, blobs: blobs, through: final.sequence)
            provisional[round] = before
            diffs.append(ResultsDiff.between(before, ResultsSnapshot(declared: after), record: after, events: events))
        }
        self.init(reference: reference, record: record, journal: journal, provisional: provisional, diffs: diffs)
    }
}
