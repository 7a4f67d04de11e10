public import ScrutinCore

/// `scrutin mali-2020` as text: the 2020 election the way the seed presents it, computed from the
/// embedded record, with provisional and final figures and the sources on request.
public enum ReferenceText {
    /// A cell of `court_changes.csv` in the reader's words: turnouts as percentages, `runoff` and `vs`
    /// translated.
    static func notation(_ text: String, kind: String, format: Format) -> String {
        if kind == "turnout", let basisPoints = ReferenceReport.basisPoints(text) {
            return format.percent(basisPoints: basisPoints)
        }
        if text == "runoff" { return Mali2020Text.runoffWord(format.language) }
        // A pair as the data write it, `URD vs CADM`.
        return text.replacing(" vs ", with: " \(Word.versus(format.language)) ")
    }

    static func stage(_ stage: String, _ language: Language) -> String { Mali2020Text.stage(stage)(language) }

    static func stageWord(_ stage: Stage, _ language: Language) -> String { Mali2020Text.stageWord(stage)(language) }

    public static func render(_ report: ReferenceReport, language: Language, sources: Bool) -> String {
        let format = Format(language)
        func cite(_ ids: [String]) -> String { sources && !ids.isEmpty ? " [" + ids.joined(separator: "; ") + "]" : "" }
        var text = Mali2020Text.title(language) + "\n"
        let dates = report.votes.map { $0.date.map(format.date) ?? "–" }
        if dates.count >= 2 { text += Mali2020Text.roundsLine(dates[0], dates[1])(language) + "\n" }
        text +=
            Mali2020Text.shape(
                format.number(report.seats),
                format.number(report.constituencies),
                format.number(report.majority)
            )(language)
            + "\n\n"

        // Seats by party.
        text += Mali2020Text.seatTitle(language) + "\n"
        var table = TextTable([
            .init(Word.party(language)), .init(Word.name(language)),
            .init(PublishingText.roundShort(1)(language), .right),
            .init(PublishingText.roundShort(2)(language), .right),
            .init(Word.total(language), .right), .init("2013", .right), .init(Word.change(language), .right),
        ])
        for row in report.parties {
            let name = language == .english ? (row.name ?? row.label) : row.label
            table.add([
                row.party, name + cite(row.sources), row.round1.map(String.init) ?? "–",
                row.round2.map(String.init) ?? "–",
                row.total.map(String.init) ?? "–",
                row.previous.map(String.init) ?? (row.new ? Word.new(language) : "–"),
                row.change.map(format.signed) ?? (row.new ? Word.new(language) : "–"),
            ])
        }
        table.footer = [
            [
                Word.total(language), "", String(report.parties.reduce(0) { $0 + ($1.round1 ?? 0) }),
                String(report.parties.reduce(0) { $0 + ($1.round2 ?? 0) }),
                String(report.parties.reduce(0) { $0 + ($1.total ?? 0) }), "", "",
            ]
        ]
        text += table.render()
        if let holder = report.majorityHolder {
            text += Mali2020Text.holds(holder, String(report.largestPartySeats ?? 0))(language) + "\n"
        } else if let party = report.largestParty {
            text +=
                Mali2020Text.largest(String(report.majority), party, String(report.largestPartySeats ?? 0))(language)
                + "\n"
        }
        text += Mali2020Text.agreementsTitle(language) + "\n"
        for agreement in report.agreements {
            let mark = agreement.holds ? "✓" : "✗"
            text += "  \(mark) \(agreement.text(language))\(format.colon)\(agreement.found)"
            if !agreement.holds { text += " ≠ \(agreement.expected)" }
            text += "\n"
        }
        let holding = report.ruleChecks.count(where: \.holds)
        text += Mali2020Text.ruleTitle(String(holding), String(report.ruleChecks.count))(language) + "\n"
        for check in report.ruleChecks where !check.holds || sources {
            text +=
                Mali2020Text.ruleMismatch(
                    check.constituency,
                    String(check.round),
                    stageWord(check.stage, language),
                    check.figures,
                    check.decided,
                    check.published
                )(language)
                .replacing("✗", with: check.holds ? "✓" : "✗") + "\n"
        }
        if !report.seatConflicts.isEmpty {
            text += Mali2020Text.conflictsTitle(language) + "\n"
            for conflict in report.seatConflicts { text += "  · \(conflict)\n" }
        }

        // Votes and turnout.
        text += "\n" + Mali2020Text.votesTitle(language) + "\n"
        var votes = TextTable(
            [.init("")]
                + report.votes.flatMap { round in
                    [
                        TextTable.Column(
                            "\(Word.round(language)) \(round.round) · \(Mali2020Text.provisional(language))",
                            .right
                        ),
                        TextTable.Column(Mali2020Text.final(language), .right),
                    ]
                }
        )
        func cells(_ figures: ReferenceReport.Figures?, _ value: (ReferenceReport.Figures) -> String) -> String {
            figures.map(value) ?? "–"
        }
        let lines: [(Word, (ReferenceReport.Figures) -> String)] = [
            (Word.registered, { format.number($0.registered) }),
            (Word.voters, { format.number($0.voters) }),
            (Word.turnout, { format.percent(basisPoints: $0.turnoutBasisPoints) }),
            (Word.invalid, { "\(format.number($0.invalid)) (\(format.percent(basisPoints: $0.invalidBasisPoints)))" }),
            (Word.valid, { "\(format.number($0.valid)) (\(format.percent(basisPoints: $0.validBasisPoints)))" }),
        ]
        for (label, value) in lines {
            votes.add(
                [label(language)] + report.votes.flatMap { [cells($0.provisional, value), cells($0.final, value)] }
            )
        }
        text += votes.render()
        if let runoffs = Optional(report.outcomes.runoffConstituencies), report.votes.count > 1 {
            text += Mali2020Text.roundTwoScope(String(runoffs))(language) + "\n"
        }
        for round in report.votes {
            for other in round.finalAlternatives where !other.addsUp {
                guard let used = round.final else { continue }
                text +=
                    Mali2020Text.doesNotAddUp(
                        String(round.round),
                        stage(other.stage, language),
                        format.number(other.voters),
                        format.number(other.invalid),
                        format.number(other.voters - other.invalid),
                        format.number(other.valid),
                        stage(used.stage, language)
                    )(language) + cite(other.sources) + "\n"
            }
            for figures in [round.provisional, round.final].compactMap({ $0 }) {
                if let printed = figures.printedTurnoutBasisPoints, printed != figures.turnoutBasisPoints {
                    text +=
                        Mali2020Text.printedDiffers(
                            String(round.round),
                            stage(figures.stage, language),
                            format.percent(basisPoints: figures.turnoutBasisPoints),
                            format.percent(basisPoints: printed)
                        )(language) + "\n"
                }
            }
            if sources {
                for figures in [round.provisional, round.final].compactMap({ $0 }) {
                    text +=
                        "  \(Word.round(language)) \(round.round), \(stage(figures.stage, language))\(cite(figures.sources))\n"
                }
            }
        }

        // Outcomes.
        let outcomes = report.outcomes
        text += "\n" + Mali2020Text.outcomesTitle(language) + "\n"
        text +=
            Mali2020Text.outcomeRound1(
                String(outcomes.round1ElectedConstituencies),
                String(outcomes.round1ElectedSeats),
                String(outcomes.runoffConstituencies),
                String(outcomes.runoffSeats),
                String(outcomes.round1ProvisionalElectedConstituencies),
                String(outcomes.round1ProvisionalElectedSeats)
            )(language) + "\n"
        text +=
            Mali2020Text.outcomeRound2(
                String(outcomes.round2KnownConstituencies),
                String(outcomes.runoffConstituencies),
                String(outcomes.round2KnownSeats),
                outcomes.round2Unknown.joined(separator: ", ")
            )(language) + "\n"

        // Provisional against final.
        text += "\n" + Mali2020Text.courtTitle(language) + "\n"
        var changes = TextTable([
            .init(Word.round(language), .right), .init(Word.constituency(language)),
            .init(Word.seatsTitle(language), .right),
            .init(""), .init(Mali2020Text.provisional(language)), .init(Mali2020Text.final(language)),
        ])
        for change in report.courtChanges {
            changes.add([
                String(change.round), change.name ?? "–", change.seats.map(String.init) ?? "",
                Mali2020Text.changeKind(change.kind)(language),
                notation(change.provisional, kind: change.kind, format: format),
                notation(change.final, kind: change.kind, format: format)
                    + (change.certainty == .inferred ? " (?)" : "")
                    + cite(change.sources),
            ])
        }
        text += changes.render()
        if report.courtChanges.contains(where: { $0.certainty == .inferred }) {
            text += Mali2020Text.inferredLegend(language) + "\n"
        }
        text +=
            Mali2020Text.reversedLine(String(report.reversedSeats), String(report.reversedConstituencies))(language)
            + "\n"
        if !report.provisionalSeats.isEmpty {
            text += Mali2020Text.provisionalSeatsTitle(language) + "\n  "
            text +=
                report.provisionalSeats.map { row in
                    "\(row.party) \(row.provisional) → \(row.final.map(String.init) ?? "–")"
                }.joined(separator: " · ") + "\n"
        }

        // Women and stations.
        let women = report.women
        text += "\n" + Mali2020Text.womenTitle(language) + "\n"
        if let candidates = women.candidates, let total = women.candidatesTotal {
            text +=
                Mali2020Text.womenCandidates(
                    format.number(candidates),
                    format.number(total),
                    format.percent(basisPoints: women.candidatesShareBasisPoints)
                )(language)
                + "\n"
        }
        if let elected = women.elected {
            text +=
                Mali2020Text.womenElected(
                    format.number(elected),
                    format.number(report.seats),
                    format.percent(basisPoints: women.electedShareBasisPoints),
                    women.electedOther.map(format.number) ?? "–",
                    format.percent(basisPoints: women.electedOtherShareBasisPoints),
                    women.previous.map(format.number) ?? "–"
                )(language) + cite(women.sources) + "\n"
        }
        let stations = report.stations
        if let total = stations.total, let closed = stations.notOpened {
            text +=
                Mali2020Text.stationsLine(
                    format.number(total),
                    format.number(closed),
                    format.percent(basisPoints: stations.notOpenedShareBasisPoints),
                    stations.votersInNotOpened.map(format.number) ?? "–"
                )(language) + cite(stations.sources) + "\n"
        }

        text += "\n"
        if sources {
            text += Mali2020Text.sourcesTitle(language) + "\n"
            for source in report.sources {
                text += "  \(source.id)  \(source.address)\(source.date.isEmpty ? "" : " (\(source.date))")\n"
            }
        } else {
            text += Mali2020Text.sourcesHint(language) + "\n"
        }
        return text
    }
}
