public import ScrutinCore
public import ScrutinPublished

/// The report of a published record (`scrutin mali-2020`): seats by party by round with the
/// change since the previous election, votes and turnout per round, provisional against final,
/// women elected; every figure read from the record or computed from it, with its sources.
///
/// Computed here: shares and turnouts (from the counts), changes, sums, the majority, and checks
/// that the levels agree (party seats against constituency outcomes, seats against constituencies).
public struct ReferenceReport: Codable, Sendable, Hashable {
    public static let schemaVersion = "scrutin.reference/1"

    public struct PartyRow: Codable, Sendable, Hashable {
        public var party: String
        public var label: String
        public var name: String?
        public var round1: Int?
        public var round2: Int?
        public var total: Int?
        public var previous: Int?
        /// True when the previous table says the party is new.
        public var new: Bool
        public var change: Int?
        public var certainty: Certainty
        public var sources: [String]
        public var note: String
    }

    /// A check that two figures of the record agree.
    public struct Agreement: Codable, Sendable, Hashable {
        /// What is checked, in English (as the JSON gives it).
        public var what: String
        public var expected: Int64
        public var found: Int64
        public var holds: Bool
        /// What is checked, in both languages (not in the JSON: a decoded report has `what` only).
        public var check: Mali2020Text?

        enum CodingKeys: String, CodingKey {
            case what, expected, found, holds
        }

        /// What is checked, in a language.
        public func text(_ language: Language) -> String { check?(language) ?? what }
    }

    /// The rule applied to the figures published for one constituency, round and stage.
    public struct RuleCheck: Codable, Sendable, Hashable {
        public var constituency: String
        public var round: Int
        public var stage: Stage
        /// The figures the rule was given, as published.
        public var figures: String
        /// The published outcome.
        public var published: String
        /// What the rule decides from the figures.
        public var decided: String
        public var holds: Bool
    }

    public struct Figures: Codable, Sendable, Hashable {
        /// `provisional`, `final` or `final-seed`.
        public var stage: String
        public var registered: Int64
        public var voters: Int64
        public var invalid: Int64
        public var valid: Int64
        public var turnoutBasisPoints: Int64?
        public var printedTurnoutBasisPoints: Int64?
        public var invalidBasisPoints: Int64?
        public var validBasisPoints: Int64?
        public var addsUp: Bool
        public var certainty: Certainty
        public var sources: [String]
    }

    public struct RoundVotes: Codable, Sendable, Hashable {
        public var round: Int
        public var date: String?
        public var provisional: Figures?
        /// The final figures used: the Court's, or, where they do not add up, the row that does.
        public var final: Figures?
        /// The other final figures, when the sources conflict.
        public var finalAlternatives: [Figures]
        /// Stations on the roll for this round.
        public var stations: Int?
    }

    public struct Outcomes: Codable, Sendable, Hashable {
        public var round1ElectedConstituencies: Int
        public var round1ElectedSeats: Int
        public var round1ProvisionalElectedConstituencies: Int
        public var round1ProvisionalElectedSeats: Int
        public var runoffConstituencies: Int
        public var runoffSeats: Int
        public var round2KnownConstituencies: Int
        public var round2KnownSeats: Int
        /// Constituencies whose round-2 winner the sources do not give.
        public var round2Unknown: [String]
    }

    public struct Change: Codable, Sendable, Hashable {
        public var constituency: String?
        public var name: String?
        public var seats: Int?
        public var round: Int
        public var kind: String
        public var provisional: String
        public var final: String
        public var certainty: Certainty
        public var sources: [String]
    }

    public struct ProvisionalSeats: Codable, Sendable, Hashable {
        public var party: String
        public var provisional: Int
        public var final: Int?
        public var certainty: Certainty
        public var sources: [String]
    }

    public struct Women: Codable, Sendable, Hashable {
        public var candidates: Int64?
        public var candidatesTotal: Int64?
        public var candidatesShareBasisPoints: Int64?
        public var elected: Int64?
        public var electedShareBasisPoints: Int64?
        /// What other sources say.
        public var electedOther: Int64?
        public var electedOtherShareBasisPoints: Int64?
        public var previous: Int64?
        public var sources: [String]
        public var otherSources: String
    }

    public struct Stations: Codable, Sendable, Hashable {
        public var total: Int64?
        public var notOpened: Int64?
        public var votersInNotOpened: Int64?
        public var notOpenedShareBasisPoints: Int64?
        public var sources: [String]
    }

    public struct SourceEntry: Codable, Sendable, Hashable {
        public var id: String
        public var address: String
        public var date: String
    }

    public var schema = Self.schemaVersion
    public var seats: Int
    public var constituencies: Int
    public var majority: Int
    /// The stage of the seat table used (`final-seed`: the Court's final result as the seed tabulates it).
    public var seatTable: String
    public var parties: [PartyRow]
    public var majorityHolder: String?
    public var largestParty: String?
    public var largestPartySeats: Int?
    public var agreements: [Agreement]
    /// The two-round block vote applied to each published share or pair of votes, against the
    /// published outcome.
    public var ruleChecks: [RuleCheck]
    /// Seat figures that other sources give differently.
    public var seatConflicts: [String]
    public var votes: [RoundVotes]
    public var outcomes: Outcomes
    public var courtChanges: [Change]
    public var reversedSeats: Int
    public var reversedConstituencies: Int
    public var provisionalSeats: [ProvisionalSeats]
    public var women: Women
    public var stations: Stations
    /// Every source cited by the figures above, with its address.
    public var sources: [SourceEntry]

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - record: the published record.
    ///   - seatTable: the stage of `seats_by_party.csv` to show (default: the seed's table).
    ///   - previousYear: the year of the previous election.
    public init(_ record: PublishedRecord, seatTable: String = "final-seed", year: Int = 2020, previousYear: Int = 2013)
    {
        self.seatTable = seatTable
        let seatsOf = Dictionary(
            record.constituencies.map { ($0.code, $0.seats) },
            uniquingKeysWith: { first, _ in first }
        )
        let nameOf = Dictionary(
            record.constituencies.map { ($0.code, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        constituencies = record.constituencies.count
        seats = record.constituencies.reduce(0) { $0 + $1.seats }
        majority = seats / 2 + 1

        // Seats by party, with the change since the previous election.
        let previousRows = record.seats.filter { $0.year == previousYear && $0.stage == "final" }
        parties = record.seats.filter { $0.year == year && $0.stage == seatTable }.map { row in
            let party = record.party(row.party)
            let previous = previousRows.first { $0.party == row.party }
            let total = row.total ?? ((row.round1 ?? 0) + (row.round2 ?? 0))
            return PartyRow(
                party: row.party,
                label: party?.label.nonEmpty ?? row.party,
                name: party?.englishName,
                round1: row.round1,
                round2: row.round2,
                total: total,
                previous: previous?.total,
                new: previous != nil && previous?.total == nil,
                change: previous?.total.map { total - $0 },
                certainty: row.certainty,
                sources: row.sources,
                note: row.note
            )
        }
        let totals = parties.map { $0.total ?? 0 }
        if let top = parties.max(by: { ($0.total ?? 0) < ($1.total ?? 0) }) {
            largestParty = top.party
            largestPartySeats = top.total
            majorityHolder = (top.total ?? 0) >= majority ? top.party : nil
        }
        seatConflicts = parties.filter { $0.certainty == .conflict }.map { "\($0.party): \($0.note)" }

        // Outcomes, from the constituency rows.
        func outcomes(round: Int, stage: Stage, status: PublishedRecord.Outcome.Status) -> [PublishedRecord.Outcome] {
            record.outcomes.filter { $0.round == round && $0.stage == stage && $0.status == status }
        }
        func seatsIn(_ rows: [PublishedRecord.Outcome]) -> Int {
            rows.reduce(0) { $0 + (seatsOf[$1.constituency] ?? 0) }
        }
        let electedR1 = outcomes(round: 1, stage: .final, status: .elected)
        let electedR1Provisional = outcomes(round: 1, stage: .provisional, status: .elected)
        let runoffs = outcomes(round: 1, stage: .final, status: .runoff)
        let knownR2 = outcomes(round: 2, stage: .final, status: .elected)
        let unknownR2 = outcomes(round: 2, stage: .final, status: .unknown)
        self.outcomes = Outcomes(
            round1ElectedConstituencies: electedR1.count,
            round1ElectedSeats: seatsIn(electedR1),
            round1ProvisionalElectedConstituencies: electedR1Provisional.count,
            round1ProvisionalElectedSeats: seatsIn(electedR1Provisional),
            runoffConstituencies: runoffs.count,
            runoffSeats: seatsIn(runoffs),
            round2KnownConstituencies: knownR2.count,
            round2KnownSeats: seatsIn(knownR2),
            round2Unknown: unknownR2.map { nameOf[$0.constituency] ?? $0.constituency }
        )

        // Agreements between levels.
        var agreements: [Agreement] = []
        func agree(_ check: Mali2020Text, _ expected: Int64, _ found: Int64) {
            agreements.append(
                Agreement(
                    what: check.message.english,
                    expected: expected,
                    found: found,
                    holds: expected == found,
                    check: check
                )
            )
        }
        agree(.agreementPartySeats, Int64(seats), Int64(totals.reduce(0, +)))
        agree(
            .agreementRound1,
            Int64(seatsIn(electedR1)),
            Int64(parties.reduce(0) { $0 + ($1.round1 ?? 0) })
        )
        agree(
            .agreementRound2,
            Int64(seatsIn(runoffs)),
            Int64(parties.reduce(0) { $0 + ($1.round2 ?? 0) })
        )
        agree(
            .agreementEveryConstituency,
            Int64(constituencies),
            Int64(electedR1.count + runoffs.count)
        )
        if let stated = record.fact(round: "all", figure: "seats")?.leadingNumber {
            agree(.agreementSeatsStated, stated, Int64(seats))
        }
        if let stated = record.fact(round: "2", figure: "constituencies_in_runoff")?.leadingNumber {
            agree(.agreementRunoffsStated, stated, Int64(runoffs.count))
        }
        if let stated = record.fact(round: "2", figure: "seats_at_stake")?.leadingNumber {
            agree(.agreementRound2Stated, stated, Int64(seatsIn(runoffs)))
        }
        for courtRow in record.seats.filter({ $0.year == year && $0.stage == "round1-final" }) {
            if let row = parties.first(where: { $0.party == courtRow.party }), let value = courtRow.round1 {
                agree(
                    .agreementCourtRound1(courtRow.party),
                    Int64(value),
                    Int64(row.round1 ?? 0)
                )
            }
        }
        self.agreements = agreements
        ruleChecks = Self.ruleChecks(record, names: nameOf, seats: seatsOf)

        // Votes and turnout per round, provisional and final.
        func figures(_ row: PublishedRecord.NationalFigures) -> Figures {
            Figures(
                stage: row.stage,
                registered: row.registered,
                voters: row.voters,
                invalid: row.invalid,
                valid: row.valid,
                turnoutBasisPoints: Ratio.basisPoints(row.voters, of: row.registered),
                printedTurnoutBasisPoints: row.printedTurnoutBasisPoints,
                invalidBasisPoints: Ratio.basisPoints(row.invalid, of: row.voters),
                validBasisPoints: Ratio.basisPoints(row.valid, of: row.voters),
                addsUp: row.addsUp,
                certainty: row.certainty,
                sources: row.sources
            )
        }
        let rounds = Set(record.national.map(\.round)).sorted()
        self.votes = rounds.map { round in
            let rows = record.national.filter { $0.round == round }
            let finals = rows.filter { $0.stage.hasPrefix("final") }.map(figures)
            // The Court's figures as printed, unless they do not add up and another final row does.
            let chosen = finals.first { $0.stage == "final" && $0.addsUp } ?? finals.first { $0.addsUp } ?? finals.first
            let date = record.fact(round: String(round), figure: "date").flatMap { ReferenceReport.isoDate($0.value) }
            return RoundVotes(
                round: round,
                date: date,
                provisional: rows.first { $0.stage == "provisional" }.map(figures),
                final: chosen,
                finalAlternatives: finals.filter { $0 != chosen },
                stations: rows.first { $0.stage == "provisional" }?.stations
            )
        }

        // What the Court changed.
        courtChanges = record.courtChanges.map { change in
            Change(
                constituency: change.constituency.nonEmpty,
                name: nameOf[change.constituency],
                seats: seatsOf[change.constituency],
                round: change.round,
                kind: change.kind,
                provisional: change.provisional,
                final: change.final,
                certainty: change.certainty,
                sources: change.sources
            )
        }
        let reversed = courtChanges.filter { $0.kind == "reversed" }
        reversedSeats = reversed.reduce(0) { $0 + ($1.seats ?? 0) }
        reversedConstituencies = reversed.count
        let partyRows = parties
        provisionalSeats = record.seats.filter { $0.year == year && $0.stage == "provisional" }.compactMap { row in
            guard let total = row.total else { return nil }
            return ProvisionalSeats(
                party: row.party,
                provisional: total,
                final: partyRows.first { $0.party == row.party }?.total,
                certainty: row.certainty,
                sources: row.sources
            )
        }

        // Women.
        let electedFact = record.fact(round: "final", figure: "women_elected")
        let candidatesFact = record.fact(round: "candidacy", figure: "women_candidates")
        let candidateNumbers = candidatesFact.map { PublishedRecord.Fact.numbers(in: $0.value) } ?? []
        let elected = electedFact?.leadingNumber
        let other = electedFact?.conflictingNumber
        let seatCount = Int64(seats)
        women = Women(
            candidates: candidateNumbers.first,
            candidatesTotal: candidateNumbers.dropFirst().first,
            candidatesShareBasisPoints: candidateNumbers.count >= 2
                ? Ratio.basisPoints(candidateNumbers[0], of: candidateNumbers[1]) : nil,
            elected: elected,
            electedShareBasisPoints: elected.flatMap { Ratio.basisPoints($0, of: seatCount) },
            electedOther: other,
            electedOtherShareBasisPoints: other.flatMap { Ratio.basisPoints($0, of: seatCount) },
            previous: record.fact(round: "2013", figure: "women_elected")?.leadingNumber,
            sources: (electedFact?.sources ?? []) + (candidatesFact?.sources ?? []),
            otherSources: electedFact.map { String($0.value.drop { $0 != "[" }) } ?? ""
        )

        // Stations.
        let roll = record.fact(round: "all", figure: "polling_stations (bureaux de vote), final roll")
        let closed = record.fact(round: "1", figure: "polling_stations_not_opened")
        let closedNumbers = closed.map { PublishedRecord.Fact.numbers(in: $0.value) } ?? []
        let total = roll?.leadingNumber
        stations = Stations(
            total: total,
            notOpened: closedNumbers.first,
            votersInNotOpened: closedNumbers.dropFirst().first,
            notOpenedShareBasisPoints: total.flatMap { total in
                closedNumbers.first.flatMap { Ratio.basisPoints($0, of: total) }
            },
            sources: (roll?.sources ?? []) + (closed?.sources ?? [])
        )

        // Sources cited above.
        var cited = Set<String>()
        for row in parties { cited.formUnion(row.sources) }
        for round in votes {
            for figures in [round.provisional, round.final].compactMap({ $0 }) + round.finalAlternatives {
                cited.formUnion(figures.sources)
            }
        }
        for change in courtChanges { cited.formUnion(change.sources) }
        for row in provisionalSeats { cited.formUnion(row.sources) }
        cited.formUnion(women.sources)
        cited.formUnion(stations.sources)
        for row in electedR1 + runoffs + knownR2 { cited.formUnion(row.sources) }
        sources = record.sources.filter { cited.contains($0.id) }.map {
            SourceEntry(id: $0.id, address: $0.address, date: $0.date)
        }
        if cited.contains("seed") {
            sources.insert(
                SourceEntry(
                    id: "seed",
                    address: "shared/seeds/2020-malian-parliamentary-election.txt (English Wikipedia, S12)",
                    date: ""
                ),
                at: 0
            )
        }
    }

    /// Applies `TwoRoundBlockVote` to every outcome whose figures allow it.
    ///
    /// - A round-1 winner's share of valid votes: the rule elects the list only above 50 %.
    /// - A round-2 pair of votes: the rule elects the list with more votes.
    /// - A round-2 winner's share: the two lists' shares are the share and its complement.
    static func ruleChecks(
        _ record: PublishedRecord,
        names: [String: String],
        seats: [String: Int]
    ) -> [RuleCheck] {
        let rule = TwoRoundBlockVote()
        var checks: [RuleCheck] = []
        func label(_ parties: [String]) -> String { parties.isEmpty ? "?" : parties.joined(separator: "+") }
        for outcome in record.outcomes where outcome.status == .elected {
            let name = names[outcome.constituency] ?? outcome.constituency
            let seatCount = seats[outcome.constituency] ?? 1
            // Lists 0 and 1 stand for the published lists: the winner (or list a) and the other.
            func decide(_ round: Int, _ first: Int64, _ second: Int64) -> Decision {
                rule.decide(
                    Contest(
                        round: round,
                        seats: seatCount,
                        totals: Totals(valid: first + second),
                        entries: [
                            Contest.Entry(list: ListID(0), votes: first), Contest.Entry(list: ListID(1), votes: second),
                        ]
                    )
                )
            }
            if outcome.round == 2, let a = outcome.votesA, let b = outcome.votesB {
                let decision = decide(2, a, b)
                let winner: [String]
                switch decision {
                case .elected(let awards): winner = awards.first?.list.index == 0 ? outcome.runoffA : outcome.runoffB
                default: winner = []
                }
                checks.append(
                    RuleCheck(
                        constituency: name,
                        round: 2,
                        stage: outcome.stage,
                        figures: "\(label(outcome.runoffA)) \(a) – \(label(outcome.runoffB)) \(b)",
                        published: label(outcome.winner),
                        decided: label(winner),
                        holds: Set(winner) == Set(outcome.winner)
                    )
                )
            } else if let share = outcome.winnerShareBasisPoints {
                // The share, in hundredths of a percent, against the rest of the valid votes.
                let decision = decide(outcome.round, share, 10_000 - share)
                let elected: Bool
                if case .elected(let awards) = decision, awards.first?.list.index == 0 {
                    elected = true
                } else {
                    elected = false
                }
                checks.append(
                    RuleCheck(
                        constituency: name,
                        round: outcome.round,
                        stage: outcome.stage,
                        figures:
                            "\(label(outcome.winner)) \(share / 100).\(share % 100 < 10 ? "0" : "")\(share % 100)%",
                        published: label(outcome.winner),
                        decided: elected ? label(outcome.winner) : "no majority",
                        holds: elected
                    )
                )
            }
        }
        return checks
    }

    /// `3573` from `35.73`: a printed percentage in hundredths, exactly; nil when not one.
    static func basisPoints(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]) else { return nil }
        guard parts.count == 2 else { return whole * 100 }
        guard (1...2).contains(parts[1].count), let decimals = Int64(parts[1]) else { return nil }
        return whole * 100 + (parts[1].count == 1 ? decimals * 10 : decimals)
    }

    /// `2020-03-29` from `29 Mar 2020`.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: String(parts[1].prefix(3))),
            let year = Int(parts[2])
        else { return nil }
        return "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }
}
