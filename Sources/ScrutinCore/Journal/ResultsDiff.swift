/// What changed in an election's results between two moments of its record, and why.
///
/// Seats by party, constituencies whose winner or runoff pair changed, national figures per
/// round; each change with the events between the two moments that caused it (the rulings on the
/// constituency, its stations or its lists; the declaration that set it; or new sheets counted).
public struct ResultsDiff: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var seats: [SeatChange]
    /// Seats in the two tables compared (they differ when a table is incomplete or seats are
    /// still undecided).
    public var seatsBefore: Int
    public var seatsAfter: Int
    /// Constituencies whose outcome changed: winner, runoff pair, or state (counting, annulled…).
    public var outcomes: [OutcomeChange]
    /// Constituencies whose outcome was not known at the earlier moment (not contested yet, or
    /// not declared) and is at the later one: news, not a change.
    public var newlyKnown: [OutcomeChange]
    public var totals: [TotalsChange]
    /// The rulings recorded between the two moments, in order.
    public var rulings: [ElectionRecord.RecordedRuling]
    /// The publications recorded between the two moments.
    public var publications: [ElectionRecord.RecordedPublication]

    public var isEmpty: Bool { seats.isEmpty && outcomes.isEmpty && newlyKnown.isEmpty && totals.isEmpty }

    /// The kinds of ruling causes (`Ruling.Action.kind`).
    static let rulingKinds: Set<String> = [
        "annul-sheet", "correct-sheet", "not-opened", "disqualify-list", "overturn", "declare-runoff",
        "annul-constituency", "settle-tie",
    ]

    public struct SeatChange: Sendable, Hashable {
        public var party: String
        public var before: Int
        public var after: Int
        public var change: Int { after - before }
    }

    public struct OutcomeChange: Sendable, Hashable {
        public var round: Int
        public var constituency: String
        public var name: String
        public var seats: Int
        public var before: ResultsSnapshot.Outcome
        public var after: ResultsSnapshot.Outcome
        public var causes: [Cause]
    }

    public struct TotalsChange: Sendable, Hashable {
        public var round: Int
        public var before: Totals?
        public var after: Totals?
        /// Turnout in basis points: as declared when it was printed, else voters / registered.
        public var turnoutBefore: Int64?
        public var turnoutAfter: Int64?
        public var causes: [Cause]
    }

    /// An event that caused a change.
    public struct Cause: Sendable, Hashable {
        public var sequence: Int
        public var kind: String
        /// The decision cited, or what the event did.
        public var text: String
    }

    /// Compares two snapshots of the same record.
    ///
    /// - Parameters:
    ///   - a: the earlier moment.
    ///   - b: the later one.
    ///   - record: the record as of `b` (its events reach `b.sequence`).
    ///   - events: the journal's events after `a` (those after `b` are passed over).
    public static func between(
        _ a: ResultsSnapshot,
        _ b: ResultsSnapshot,
        record: ElectionRecord,
        events: [JournalEvent]
    ) -> ResultsDiff {
        let window = events.filter { $0.sequence > a.sequence && $0.sequence <= b.sequence }
        let rulings = record.rulings.filter { $0.sequence > a.sequence && $0.sequence <= b.sequence }
        let publications = record.publications.filter { $0.sequence > a.sequence && $0.sequence <= b.sequence }
        let definition = record.definition

        func constituencyOf(station code: String) -> String? {
            guard let definition, let station = definition.station(code: code) else { return nil }
            return definition[definition.constituency(of: station)].code
        }
        func constituencyOf(list code: String) -> String? {
            guard let definition, let list = definition.list(code: code) else { return nil }
            return definition[definition.constituency(of: list)].code
        }
        /// The constituency and round a ruling touches (round nil: every round).
        func target(_ action: Ruling.Action) -> (constituency: String?, round: Int?) {
            switch action {
            case .annulSheet(let round, let station), .markNotOpened(let round, let station, _):
                (constituencyOf(station: station), round)
            case .correctSheet(let round, let sheet): (constituencyOf(station: sheet.station), round)
            case .disqualifyList(let list): (constituencyOf(list: list), nil)
            case .overturn(let round, let constituency, _), .declareRunoff(let round, let constituency, _),
                .annulConstituency(let round, let constituency), .settleTie(let round, let constituency, _, _):
                (constituency, round)
            }
        }
        func rulingCauses(constituency: String?, round: Int) -> [Cause] {
            rulings.compactMap { recorded in
                let touched = target(recorded.ruling.action)
                // A ruling on round r changes round r and what follows from it.
                guard constituency == nil || touched.constituency == constituency,
                    touched.round.map({ $0 <= round }) ?? true
                else { return nil }
                return Cause(
                    sequence: recorded.sequence,
                    kind: recorded.ruling.action.kind,
                    text: recorded.ruling.citation
                )
            }
        }
        func declarationCauses(round: Int, constituency: String?) -> [Cause] {
            publications.compactMap { publication in
                guard publication.round == round, let declared = publication.declared else { return nil }
                if let constituency {
                    guard declared.outcomes.contains(where: { $0.constituency == constituency }) else { return nil }
                } else if declared.totals == nil {
                    return nil
                }
                return Cause(
                    sequence: publication.sequence,
                    kind: "publish-" + publication.stage.rawValue,
                    // Who published; the renderers name the kind of results in words.
                    text: publication.actor.name
                )
            }
        }
        func sheetCauses(round: Int, constituency: String?) -> [Cause] {
            let sheets = window.filter { event in
                switch event.body {
                case .importRound(let r, _, _): return r == round
                case .sheet(let r, let station, _):
                    return r == round && (constituency == nil || constituencyOf(station: station) == constituency)
                default: return false
                }
            }
            guard let last = sheets.last else { return [] }
            return [
                Cause(
                    sequence: last.sequence,
                    kind: "sheets",
                    // The number of sheet events; the renderers say it in words.
                    text: String(sheets.count)
                )
            ]
        }

        var outcomes: [OutcomeChange] = []
        var newlyKnown: [OutcomeChange] = []
        var totals: [TotalsChange] = []
        let roundNumbers = Set(a.rounds.map(\.round)).union(b.rounds.map(\.round)).sorted()
        for number in roundNumbers {
            let before = a.round(number)
            let after = b.round(number)
            let beforeByCode = Dictionary(
                (before?.constituencies ?? []).map { ($0.code, $0) },
                uniquingKeysWith: { first, _ in first }
            )
            for constituency in after?.constituencies ?? [] {
                let old = beforeByCode[constituency.code]?.outcome ?? .notContested
                guard !old.isSame(as: constituency.outcome), constituency.outcome != .unknown else { continue }
                // A ruling explains a change by itself; otherwise the declaration or the sheets do.
                var causes = rulingCauses(constituency: constituency.code, round: number)
                if causes.isEmpty {
                    causes =
                        declarationCauses(round: number, constituency: constituency.code)
                        + sheetCauses(round: number, constituency: constituency.code)
                }
                let isNews = old == .notContested || old == .unknown
                let change = OutcomeChange(
                    round: number,
                    constituency: constituency.code,
                    name: constituency.name,
                    seats: constituency.seats,
                    before: old,
                    after: constituency.outcome,
                    causes: causes
                )
                if isNews && !causes.contains(where: { Self.rulingKinds.contains($0.kind) }) {
                    newlyKnown.append(change)
                } else {
                    outcomes.append(change)
                }
            }
            func turnout(_ round: ResultsSnapshot.Round?) -> Int64? {
                round?.declaredTurnoutBasisPoints.map(Int64.init) ?? round?.totals?.turnoutBasisPoints
            }
            if before?.totals != after?.totals || turnout(before) != turnout(after) {
                totals.append(
                    TotalsChange(
                        round: number,
                        before: before?.totals,
                        after: after?.totals,
                        turnoutBefore: turnout(before),
                        turnoutAfter: turnout(after),
                        causes: rulingCauses(constituency: nil, round: number).filter {
                            ["annul-sheet", "correct-sheet", "not-opened"].contains($0.kind)
                        } + declarationCauses(round: number, constituency: nil)
                            + sheetCauses(round: number, constituency: nil)
                    )
                )
            }
        }

        var seats: [SeatChange] = []
        let beforeSeats = Dictionary(a.seats.map { ($0.party, $0.seats) }, uniquingKeysWith: +)
        let afterSeats = Dictionary(b.seats.map { ($0.party, $0.seats) }, uniquingKeysWith: +)
        for party in Set(beforeSeats.keys).union(afterSeats.keys) {
            let old = beforeSeats[party] ?? 0
            let new = afterSeats[party] ?? 0
            if old != new { seats.append(SeatChange(party: party, before: old, after: new)) }
        }
        seats.sort { (abs($0.change), $1.party) > (abs($1.change), $0.party) }
        return ResultsDiff(
            from: a.sequence,
            to: b.sequence,
            seats: seats,
            seatsBefore: a.seats.map(\.seats).reduce(0, +),
            seatsAfter: b.seats.map(\.seats).reduce(0, +),
            outcomes: outcomes,
            newlyKnown: newlyKnown,
            totals: totals,
            rulings: rulings,
            publications: publications
        )
    }
}
