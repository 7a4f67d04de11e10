/// The results of a record at one moment, in the terms a reader compares: each constituency's
/// outcome per round, the national figures per round, and seats by party.
///
/// A counted record makes it from its `ElectionCount`; a record of declared results from what was
/// declared and ruled. `ResultsDiff` compares two of them.
public struct ResultsSnapshot: Sendable, Hashable, Codable {
    /// The last event taken into account.
    public var sequence: Int
    public var rounds: [Round]
    /// Seats by party (independents as `IND`), largest first; empty when none are known.
    public var seats: [PartySeats]
    /// Where the seats come from: `counted`, or the event that declared them.
    public var seatsSource: String

    public struct Round: Sendable, Hashable, Codable {
        public var round: Int
        /// The national figures, when known (counted, or declared).
        public var totals: Totals?
        /// The turnout as declared, when it was printed (it may differ from voters / registered).
        public var declaredTurnoutBasisPoints: Int?
        public var constituencies: [Constituency]
    }

    public struct Constituency: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var seats: Int
        public var outcome: Outcome
        /// The decision that set this outcome, when a ruling did.
        public var ruling: String?
    }

    /// An outcome, with lists by code and label.
    public enum Outcome: Sendable, Hashable, Codable {
        case elected(ListRef)
        case runoff([ListRef])
        case tie
        case counting
        case blocked
        case annulled
        /// Not contested in this round (decided earlier, or waiting for the earlier round).
        case notContested
        /// No source says.
        case unknown

        /// A short text: `elected RPM+URD`, `runoff URD vs SYNOUMA`.
        public var text: Message { RecordText.outcome(self).message }

        /// Two outcomes that say the same: runoff pairs compare as sets, and a pair known only in
        /// part agrees with the whole pair.
        public func isSame(as other: Outcome) -> Bool {
            switch (self, other) {
            case (.runoff(let a), .runoff(let b)):
                Set(a.map(\.code)).isSubset(of: b.map(\.code)) || Set(b.map(\.code)).isSubset(of: a.map(\.code))
            case (.elected(let a), .elected(let b)): a.code == b.code
            default: self == other
            }
        }
    }

    public struct ListRef: Sendable, Hashable, Codable {
        public var code: String
        /// Member parties joined by `+`, or the list's name.
        public var label: String
    }

    public struct PartySeats: Sendable, Hashable, Codable {
        public var party: String
        public var seats: Int
    }

    public func round(_ number: Int) -> Round? { rounds.first { $0.round == number } }
}

extension ResultsSnapshot {
    /// The snapshot of a counted election.
    public init(count: ElectionCount, sequence: Int) {
        let definition = count.definition
        func ref(_ list: ListID) -> ListRef { ListRef(code: definition[list].code, label: definition.label(of: list)) }
        self.sequence = sequence
        rounds = count.rounds.map { round in
            Round(
                round: round.round,
                totals: round.isHeld ? round.nation.totals : nil,
                declaredTurnoutBasisPoints: nil,
                constituencies: round.constituencies.map { item in
                    let outcome: Outcome
                    switch item.outcome {
                    case .noContest: outcome = .notContested
                    case .counting: outcome = .counting
                    case .blocked: outcome = .blocked
                    case .annulled: outcome = .annulled
                    case .decided(.elected(let awards)):
                        outcome = awards.first.map { .elected(ref($0.list)) } ?? .unknown
                    case .decided(.runoff(let lists)): outcome = .runoff(lists.map(ref))
                    case .decided(.tie): outcome = .tie
                    }
                    let constituency = definition[item.constituency]
                    return Constituency(
                        code: constituency.code,
                        name: constituency.name,
                        seats: constituency.seats,
                        outcome: outcome,
                        ruling: item.ruling
                    )
                }
            )
        }
        seats = count.seats.rows.compactMap { row in
            guard row.total > 0 else { return nil }
            return PartySeats(party: row.party.map { definition[$0].code } ?? "IND", seats: row.total)
        }
        .sorted { ($0.seats, $1.party) > ($1.seats, $0.party) }
        seatsSource = "counted"
    }

    /// The snapshot of a record of declared results.
    public init(declared record: ElectionRecord) {
        sequence = record.head
        guard let definition = record.definition else {
            rounds = []
            seats = []
            seatsSource = ""
            return
        }
        let citations = Dictionary(
            record.rulings.map { ($0.sequence, $0.ruling.citation) },
            uniquingKeysWith: { first, _ in first }
        )
        func ref(_ code: String) -> ListRef {
            guard let list = definition.list(code: code) else { return ListRef(code: code, label: code) }
            return ListRef(code: code, label: definition.label(of: list))
        }
        rounds = (1...max(1, definition.system.rounds)).compactMap { number in
            guard let state = record.declared[number] else { return nil }
            return Round(
                round: number,
                totals: state.totals?.asTotals,
                declaredTurnoutBasisPoints: state.totals?.turnoutBasisPoints,
                constituencies: definition.constituencies.compactMap { constituency in
                    guard let entry = state.outcomes[constituency.code] else { return nil }
                    let outcome: Outcome
                    switch entry.status {
                    case .annulled: outcome = .annulled
                    case .declared(.elected(let list)): outcome = .elected(ref(list))
                    case .declared(.runoff(let lists)): outcome = .runoff(lists.map(ref))
                    case .declared(.unknown): outcome = .unknown
                    }
                    return Constituency(
                        code: constituency.code,
                        name: constituency.name,
                        seats: constituency.seats,
                        outcome: outcome,
                        ruling: citations[entry.sequence]
                    )
                }
            )
        }
        if let declared = record.declaredSeats {
            seats = declared.seats.map { PartySeats(party: $0.party, seats: $0.seats) }
                .sorted { ($0.seats, $1.party) > ($1.seats, $0.party) }
            seatsSource = "declared by event \(declared.sequence)"
        } else {
            seats = []
            seatsSource = ""
        }
    }
}
