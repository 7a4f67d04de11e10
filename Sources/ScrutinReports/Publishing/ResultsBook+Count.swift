public import ScrutinCore

extension ResultsBook {
    /// The book of a counted election: a bundle, or an election file as of a moment.
    ///
    /// - Parameters:
    ///   - count: the count.
    ///   - stage: `final`, `provisional` or `count`.
    ///   - record: the election file's record, for the rulings and the provisional results.
    ///   - diffs: provisional against final, per round (`ResultsDiff`), for the changes.
    ///   - provisional: the provisional snapshot per round, for the provisional figures.
    public init(
        count: ElectionCount,
        stage: String = "count",
        record: ElectionRecord? = nil,
        diffs: [ResultsDiff] = [],
        provisional: [Int: ResultsSnapshot] = [:]
    ) {
        let definition = count.definition
        let settings = definition.settings
        name = settings.name
        frenchName = nil
        country = nil
        countryCode = nil
        body = ""
        isSynthetic = settings.isSynthetic
        seats = settings.seats
        majority = settings.majority
        rounds = settings.rounds.map { RoundDate(round: $0.number, date: $0.date) }
        previousElection = settings.previousElection
        self.stage = stage
        source = PublishingText.bookSource(synthetic: settings.isSynthetic).message.english
        frenchSource = PublishingText.bookSource(synthetic: settings.isSynthetic).message.french

        // Seats by party: largest first, then by code; independents last.
        let rows = count.seats.rows.sorted { a, b in
            if (a.party == nil) != (b.party == nil) { return b.party == nil }
            if a.total != b.total { return a.total > b.total }
            return (a.party.map { definition[$0].code } ?? "") < (b.party.map { definition[$0].code } ?? "")
        }
        var paletteIndex = 0
        parties = rows.map { row in
            guard let id = row.party else {
                return PartyLine(
                    code: "IND",
                    name: Word.independents.message.english,
                    colour: PartyColours.independents,
                    leader: nil,
                    kind: .independents,
                    byRound: row.byRound.map(Optional.some),
                    total: row.total,
                    previous: row.previous,
                    isNew: false
                )
            }
            let party = definition[id]
            defer { paletteIndex += 1 }
            return PartyLine(
                code: party.code,
                name: party.name,
                colour: party.color ?? PartyColours.colour(at: paletteIndex),
                leader: nil,
                kind: .party,
                byRound: row.byRound.map(Optional.some),
                total: row.total,
                previous: row.previous,
                isNew: definition.previous != nil && row.previous == nil
            )
        }
        partyNames = Dictionary(definition.parties.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        if case .party(let id) = count.seats.majorityHolder {
            majorityHolder = definition[id].code
        } else {
            majorityHolder = nil
        }
        women = count.seats.women

        votes = count.rounds.filter(\.isHeld).map { round in
            RoundVotes(
                round: round.round,
                figures: round.nation.totals,
                printedTurnoutBasisPoints: nil,
                provisional: provisional[round.round]?.round(round.round)?.totals,
                provisionalTurnoutBasisPoints: provisional[round.round]?.round(round.round)?.totals?.turnoutBasisPoints,
                coverage: round.nation.coverage
            )
        }
        regions = definition.regions.enumerated().map { index, name in
            var turnout: [Int: Int64] = [:]
            var totals: [Int: Totals] = [:]
            for round in count.rounds where round.isHeld && round.regions[index].coverage.expected > 0 {
                totals[round.round] = round.regions[index].totals
                turnout[round.round] = round.regions[index].totals.turnoutBasisPoints
            }
            let notHeld = count.rounds.filter { round in
                round.isHeld && round.regions[index].coverage.expected == 0
            }.map(\.round)
            return Region(name: name, turnoutBasisPoints: turnout, totals: totals, notHeld: notHeld)
        }

        let rulingsByConstituency = Self.rulingsByConstituency(record)
        let provisionalOutcomes = Self.provisionalOutcomes(diffs)
        constituencies = definition.constituencies.enumerated().map { index, constituency in
            let id = ConstituencyID(index)
            let rounds = count.rounds.compactMap { round -> ConstituencyRound? in
                let item = round[id]
                guard round.isHeld, item.contenders.isContested || item.outcome == .annulled else { return nil }
                let (status, lists) = Self.describe(item.outcome, definition: definition)
                let valid = item.totals.valid
                let votes = item.standings(in: definition).map { entry in
                    ListVotes(
                        code: definition[entry.list].code,
                        label: definition.label(of: entry.list),
                        votes: entry.votes,
                        shareBasisPoints: Ratio.basisPoints(entry.votes, of: valid)
                    )
                }
                let quarantined = definition.stations(in: id).filter { round.state(of: $0) == .quarantined }.map {
                    definition.code(of: $0)
                }
                return ConstituencyRound(
                    round: round.round,
                    status: status,
                    lists: lists,
                    votes: votes,
                    totals: item.totals,
                    coverage: item.coverage,
                    quarantined: quarantined,
                    provisional: provisionalOutcomes["\(round.round) \(constituency.code)"]
                )
            }
            return Constituency(
                code: constituency.code,
                name: constituency.name,
                region: definition.regions[definition.region(of: id).index],
                seats: constituency.seats,
                rounds: rounds,
                rulings: rulingsByConstituency[constituency.code] ?? []
            )
        }
        changes = Self.changes(diffs)
        comparedRounds = diffs.compactMap { diff in
            record?.publications.first { $0.sequence == diff.to }?.round
        }
        notes = []
        separateColours()
    }

    /// An outcome as a status word and the lists it names.
    static func describe(_ outcome: Outcome, definition: ElectionDefinition) -> (String, [String]) {
        switch outcome {
        case .noContest: ("not contested", [])
        case .counting(let leaders): ("counting", leaders.map(definition.label(of:)))
        case .blocked(let leaders): ("blocked", leaders.map(definition.label(of:)))
        case .annulled: ("annulled", [])
        case .decided(.elected(let awards)): ("elected", awards.map { definition.label(of: $0.list) })
        case .decided(.runoff(let lists)): ("runoff", lists.map(definition.label(of:)))
        case .decided(.tie(let tie)): ("tie", tie.tied.map(definition.label(of:)))
        }
    }

    /// Each constituency's rulings.
    static func rulingsByConstituency(_ record: ElectionRecord?) -> [String: [RulingText]] {
        guard let record else { return [:] }
        var result: [String: [RulingText]] = [:]
        for ruling in record.rulings {
            let event = JournalEvent(
                sequence: ruling.sequence,
                time: ruling.time,
                actor: ruling.actor,
                body: .ruling(ruling.ruling)
            )
            for constituency in EventFacts(event, definition: record.definition).constituencies {
                result[constituency, default: []].append(
                    RulingText(event: ruling.sequence, citation: ruling.ruling.citation, action: ruling.ruling.action)
                )
            }
        }
        return result
    }

    /// The provisional outcomes that changed, by "round code".
    static func provisionalOutcomes(_ diffs: [ResultsDiff]) -> [String: OutcomeText] {
        var result: [String: OutcomeText] = [:]
        for diff in diffs {
            for change in diff.outcomes {
                result["\(change.round) \(change.constituency)"] = OutcomeText(change.before)
            }
        }
        return result
    }

    static func changes(_ diffs: [ResultsDiff]) -> [Change] {
        diffs.flatMap { diff in
            diff.outcomes.map { change in
                Change(
                    round: change.round,
                    constituency: change.constituency,
                    name: change.name,
                    seats: change.seats,
                    provisional: OutcomeText(change.before),
                    final: OutcomeText(change.after),
                    causes: change.causes.map { Cause(event: $0.sequence, kind: $0.kind, text: $0.text) }
                )
            }
        }
    }
}
