public import ScrutinCore

/// The results of a record of declared results (like the embedded 2020 journal) at one moment:
/// national figures, outcomes by constituency, seats by party as declared.
public enum SnapshotText {
    public static func render(_ snapshot: ResultsSnapshot, round only: Int? = nil, language: Language) -> String {
        let format = Format(language)
        var text = RecordText.declaredAt(snapshot.sequence)(language) + "\n"
        for round in snapshot.rounds where only == nil || round.round == only {
            text += "\n" + RecordText.roundHeading(round.round)(language) + "\n"
            if let totals = round.totals {
                let turnout = round.declaredTurnoutBasisPoints.map(Int64.init) ?? totals.turnoutBasisPoints
                text +=
                    "  "
                    + RecordText.nationalLine(
                        registered: format.number(totals.registered),
                        voters: format.number(totals.voters),
                        turnout: format.percent(basisPoints: turnout),
                        invalid: format.number(totals.invalid),
                        valid: format.number(totals.valid)
                    )(language) + "\n"
                if totals.voters != totals.invalid + totals.valid {
                    text += "  " + RecordText.asPublished(language) + "\n"
                }
            }
            var table = TextTable([
                .init(Word.constituency(language)), .init(Word.seatsTitle(language), .right),
                .init(Word.outcome(language)), .init(Word.ruling(language)),
            ])
            for constituency in round.constituencies {
                table.add([
                    constituency.name, String(constituency.seats), constituency.outcome.text(language),
                    constituency.ruling ?? "",
                ])
            }
            text += table.render()
        }
        if !snapshot.seats.isEmpty {
            text += "\n" + RecordText.seatsDeclared(language) + "\n"
            var table = TextTable([.init(Word.party(language)), .init(Word.seatsTitle(language), .right)])
            for seats in snapshot.seats { table.add([seats.party, String(seats.seats)]) }
            table.footer = [[Word.total(language), String(snapshot.seats.map(\.seats).reduce(0, +))]]
            text += table.render()
        }
        return text
    }
}
