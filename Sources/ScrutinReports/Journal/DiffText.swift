public import ScrutinCore

/// `scrutin diff`: what changed between two moments of a record, and the events that caused it.
public enum DiffText {
    /// A moment, described for the heading: its event and what that event was.
    public struct Moment: Sendable {
        public var sequence: Int
        public var time: String
        public var what: String

        public init(sequence: Int, time: String, what: String) {
            self.sequence = sequence
            self.time = time
            self.what = what
        }
    }

    public static func render(_ diff: ResultsDiff, from: Moment, to: Moment, language: Language) -> String {
        let format = Format(language)
        var text =
            RecordText.changedBetween(
                from: from.sequence,
                fromTime: from.time,
                fromWhat: from.what,
                to: to.sequence,
                toTime: to.time,
                toWhat: to.what
            )(language) + "\n"
        if diff.isEmpty {
            text += "\n" + RecordText.noChange(language) + "\n"
        }
        if !diff.seats.isEmpty {
            text += "\n" + PublishingText.seatsByPartyHeading(language) + "\n"
            var table = TextTable([
                .init(Word.party(language)), .init(Word.before(language), .right),
                .init(Word.after(language), .right), .init(Word.change(language), .right),
            ])
            for change in diff.seats {
                table.add([change.party, String(change.before), String(change.after), format.signed(change.change)])
            }
            if diff.seatsBefore != diff.seatsAfter {
                table.footer = [
                    [
                        Word.total(language), String(diff.seatsBefore), String(diff.seatsAfter),
                        format.signed(diff.seatsAfter - diff.seatsBefore),
                    ]
                ]
            }
            text += table.render()
        }
        if !diff.outcomes.isEmpty {
            let seats = diff.outcomes.map(\.seats).reduce(0, +)
            text += "\n" + RecordText.constituenciesHeading(count: diff.outcomes.count, seats: seats)(language) + "\n"
            var table = TextTable([
                .init(Word.round(language), .right), .init(Word.constituency(language)),
                .init(Word.seatsTitle(language), .right), .init(Word.before(language)),
                .init(Word.after(language)), .init(Word.because(language)),
            ])
            for change in diff.outcomes {
                table.add([
                    String(change.round), change.name, String(change.seats), change.before.text(language),
                    change.after.text(language), causes(change.causes, language: language),
                ])
            }
            text += table.render()
        }
        if !diff.newlyKnown.isEmpty {
            let seats = diff.newlyKnown.map(\.seats).reduce(0, +)
            text += "\n" + RecordText.knownLater(count: diff.newlyKnown.count, seats: seats)(language)
            text +=
                diff.newlyKnown.map { "\($0.name) (" + $0.after.text(language) + ")" }.joined(separator: "; ") + "\n"
        }
        if !diff.totals.isEmpty {
            text += "\n" + RecordText.nationalHeading(language) + "\n"
            var table = TextTable([
                .init(Word.round(language), .right), .init(Word.voters(language), .right),
                .init(Word.invalid(language), .right), .init(Word.valid(language), .right),
                .init(Word.turnout(language), .right), .init(Word.because(language)),
            ])
            for change in diff.totals {
                func pair(_ a: Int64?, _ b: Int64?) -> String {
                    "\(a.map(format.number) ?? "–") → \(b.map(format.number) ?? "–")"
                }
                table.add([
                    String(change.round), pair(change.before?.voters, change.after?.voters),
                    pair(change.before?.invalid, change.after?.invalid),
                    pair(change.before?.valid, change.after?.valid),
                    "\(format.percent(basisPoints: change.turnoutBefore)) → \(format.percent(basisPoints: change.turnoutAfter))",
                    causes(change.causes, language: language),
                ])
            }
            text += table.render()
        }
        if !diff.rulings.isEmpty {
            text += "\n" + RecordText.rulingsHeading(diff.rulings.count)(language) + "\n"
            for ruling in diff.rulings {
                text +=
                    "  #\(ruling.sequence) \(ruling.ruling.citation): "
                    + JournalText.describe(ruling.ruling.action, language: language) + "\n"
            }
        }
        let unexplained = diff.outcomes.filter { $0.causes.isEmpty }
        if !unexplained.isEmpty {
            text += "\n" + RecordText.unexplainedChanges(unexplained.count)(language) + "\n"
        }
        return text
    }

    static func causes(_ causes: [ResultsDiff.Cause], language: Language) -> String {
        guard !causes.isEmpty else { return RecordText.unexplained(language) }
        return causes.map { RecordText.cause(sequence: $0.sequence, kind: $0.kind, text: $0.text)(language) }
            .joined(separator: "; ")
    }
}

/// The diff as stable JSON (schema `scrutin.diff/1`).
public struct DiffDocument: Sendable, Encodable {
    public var schema = "scrutin.diff/1"
    public var from: Int
    public var to: Int
    public var seats: [Seat]
    public var constituencies: [Constituency]
    public var newlyKnown: [Constituency]
    public var totals: [TotalsChange]
    public var rulings: [Int]

    public struct Seat: Sendable, Encodable {
        var party: String
        var before: Int
        var after: Int
    }

    public struct Constituency: Sendable, Encodable {
        var round: Int
        var code: String
        var name: String
        var seats: Int
        var before: String
        var after: String
        var causes: [Cause]
    }

    public struct TotalsChange: Sendable, Encodable {
        var round: Int
        var before: Totals?
        var after: Totals?
        var turnoutBeforeBasisPoints: Int64?
        var turnoutAfterBasisPoints: Int64?
        var causes: [Cause]
    }

    public struct Cause: Sendable, Encodable {
        var event: Int
        var kind: String
        var text: String
    }

    public init(_ diff: ResultsDiff) {
        func causes(_ items: [ResultsDiff.Cause]) -> [Cause] {
            items.map { Cause(event: $0.sequence, kind: $0.kind, text: $0.text) }
        }
        from = diff.from
        to = diff.to
        seats = diff.seats.map { Seat(party: $0.party, before: $0.before, after: $0.after) }
        func constituency(_ change: ResultsDiff.OutcomeChange) -> Constituency {
            Constituency(
                round: change.round,
                code: change.constituency,
                name: change.name,
                seats: change.seats,
                before: change.before.text.english,
                after: change.after.text.english,
                causes: causes(change.causes)
            )
        }
        newlyKnown = diff.newlyKnown.map(constituency)
        constituencies = diff.outcomes.map {
            Constituency(
                round: $0.round,
                code: $0.constituency,
                name: $0.name,
                seats: $0.seats,
                before: $0.before.text.english,
                after: $0.after.text.english,
                causes: causes($0.causes)
            )
        }
        totals = diff.totals.map {
            TotalsChange(
                round: $0.round,
                before: $0.before,
                after: $0.after,
                turnoutBeforeBasisPoints: $0.turnoutBefore,
                turnoutAfterBasisPoints: $0.turnoutAfter,
                causes: causes($0.causes)
            )
        }
        rulings = diff.rulings.map(\.sequence)
    }
}
