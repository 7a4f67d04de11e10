public import ScrutinCore

/// A book as CSV, one table per level (docs/output-formats.md).
///
/// Counts are integers; shares are exact decimals with two places in `_percent` columns (`35.58`),
/// as in `scrutin results`; an unknown value is an empty field. Columns are fixed and in this order, so scripts can rely on
/// them.
public enum BookCSV {
    public enum Level: String, Sendable, CaseIterable {
        /// `round,registered,voters,invalid,valid,turnout_percent,provisional_voters,provisional_turnout_percent`
        case nation
        /// `region,round,registered,voters,invalid,valid,turnout_percent`
        case region
        /// `code,name,region,seats,round,status,lists,provisional,rulings`
        case constituency
        /// `constituency,round,list,votes,share_percent,elected`
        case list
        /// `party,name,round1,round2,total,previous,change,new`
        case party
    }

    public static func render(_ book: ResultsBook, level: Level) -> String {
        var rows: [[String]] = []
        func text(_ value: Int64?) -> String { value.map(String.init) ?? "" }
        func percent(_ basisPoints: Int64?) -> String { ResultsCSV.decimal(basisPoints) }
        switch level {
        case .nation:
            rows.append([
                "round", "registered", "voters", "invalid", "valid", "turnout_percent", "provisional_voters",
                "provisional_turnout_percent",
            ])
            for votes in book.votes {
                let figures = votes.figures
                rows.append([
                    String(votes.round), text(figures.registered), text(figures.voters), text(figures.invalid),
                    text(figures.valid), percent(votes.turnoutBasisPoints), text(votes.provisional?.voters),
                    percent(votes.provisionalTurnoutBasisPoints ?? votes.provisional?.turnoutBasisPoints),
                ])
            }
        case .region:
            rows.append(["region", "round", "registered", "voters", "invalid", "valid", "turnout_percent"])
            for region in book.regions {
                for round in book.votes.map(\.round) {
                    let totals = region.totals[round]
                    guard totals != nil || region.turnoutBasisPoints[round] != nil else { continue }
                    rows.append([
                        region.name, String(round), text(totals?.registered), text(totals?.voters),
                        text(totals?.invalid), text(totals?.valid),
                        percent(region.turnoutBasisPoints[round] ?? totals?.turnoutBasisPoints),
                    ])
                }
            }
        case .constituency:
            rows.append(["code", "name", "region", "seats", "round", "status", "lists", "provisional", "rulings"])
            for constituency in book.constituencies {
                for round in constituency.rounds {
                    rows.append([
                        constituency.code, constituency.name, constituency.region, String(constituency.seats),
                        String(round.round), round.status, round.lists.joined(separator: ";"),
                        round.provisional.map {
                            $0.status + ($0.lists.isEmpty ? "" : " " + $0.lists.joined(separator: ";"))
                        } ?? "",
                        constituency.rulings.map { $0.text(.english) }.joined(separator: " | "),
                    ])
                }
            }
        case .list:
            rows.append(["constituency", "round", "list", "votes", "share_percent", "elected"])
            for constituency in book.constituencies {
                for round in constituency.rounds {
                    for list in round.votes {
                        let elected = round.status == "elected" && round.lists.contains(list.label)
                        rows.append([
                            constituency.code, String(round.round), list.code, text(list.votes),
                            percent(list.shareBasisPoints),
                            elected ? "true" : "false",
                        ])
                    }
                }
            }
        case .party:
            rows.append(["party", "name", "round1", "round2", "total", "previous", "change", "new"])
            for party in book.parties {
                func round(_ index: Int) -> String {
                    party.byRound.indices.contains(index) ? party.byRound[index].map(String.init) ?? "" : ""
                }
                rows.append([
                    party.code, party.name, round(0), round(1), String(party.total),
                    party.previous.map(String.init) ?? "",
                    party.change.map(String.init) ?? "", party.isNew ? "true" : "false",
                ])
            }
        }
        var writer = CSVText(header: rows[0])
        for row in rows.dropFirst() { writer.add(row) }
        return writer.text
    }
}
