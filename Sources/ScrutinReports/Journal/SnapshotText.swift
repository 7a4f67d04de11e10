public import ScrutinCore

/// The results of a record of declared results (like the embedded 2020 journal) at one moment:
/// national figures, outcomes by constituency, seats by party as declared.
public enum SnapshotText {
    public static func render(_ snapshot: ResultsSnapshot, round only: Int? = nil, language: Language) -> String {
        let french = language == .french
        let format = Format(language)
        var text =
            french
            ? "Résultats déclarés à l'événement \(snapshot.sequence)\n"
            : "Results as declared at event \(snapshot.sequence)\n"
        for round in snapshot.rounds where only == nil || round.round == only {
            text += french ? "\nTOUR \(round.round)\n" : "\nROUND \(round.round)\n"
            if let totals = round.totals {
                let turnout = round.declaredTurnoutBasisPoints.map(Int64.init) ?? totals.turnoutBasisPoints
                text +=
                    (french ? "  Inscrits " : "  Registered ") + format.number(totals.registered)
                    + (french ? " · votants " : " · voters ") + format.number(totals.voters)
                    + (french ? " · participation " : " · turnout ") + format.percent(basisPoints: turnout)
                    + (french ? " · nuls " : " · invalid ") + format.number(totals.invalid)
                    + (french ? " · exprimés " : " · valid ") + format.number(totals.valid) + "\n"
                if totals.voters != totals.invalid + totals.valid {
                    text +=
                        french
                        ? "  (chiffres tels que publiés : votants ≠ nuls + exprimés)\n"
                        : "  (figures as published: voters ≠ invalid + valid)\n"
                }
            }
            var table = TextTable([
                .init(french ? "Circonscription" : "Constituency"), .init(french ? "Sièges" : "Seats", .right),
                .init(french ? "Issue" : "Outcome"), .init(french ? "Décision" : "Ruling"),
            ])
            for constituency in round.constituencies {
                table.add([
                    constituency.name, String(constituency.seats),
                    french ? constituency.outcome.frenchText : constituency.outcome.text, constituency.ruling ?? "",
                ])
            }
            text += table.render()
        }
        if !snapshot.seats.isEmpty {
            text += french ? "\nSIÈGES PAR PARTI (tels que déclarés)\n" : "\nSEATS BY PARTY (as declared)\n"
            var table = TextTable([.init(french ? "Parti" : "Party"), .init(french ? "Sièges" : "Seats", .right)])
            for seats in snapshot.seats { table.add([seats.party, String(seats.seats)]) }
            table.footer = [["Total", String(snapshot.seats.map(\.seats).reduce(0, +))]]
            text += table.render()
        }
        return text
    }
}
