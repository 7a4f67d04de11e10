public import ScrutinCore

/// `scrutin mali-2020` as text: the 2020 election the way the seed presents it, computed from the
/// embedded record, with provisional and final figures and the sources on request.
public enum ReferenceText {
    static let title = Message(
        en: "Mali — National Assembly election, 2020",
        fr: "Mali — élections législatives de 2020"
    )
    static let roundsLine = Message(
        en: "Round 1: {0} · Round 2: {1}",
        fr: "Premier tour : {0} · second tour : {1}"
    )
    static let shape = Message(
        en: "{0} seats in {1} constituencies · majority {2} (half the seats plus one, rounded down)",
        fr:
            "{0} sièges dans {1} circonscriptions · majorité {2} (la moitié des sièges plus un, arrondie à l’unité inférieure)"
    )
    static let seatTitle = Message(
        en: "SEATS BY PARTY · final results (Constitutional Court) as the seed tabulates them",
        fr: "SIÈGES PAR PARTI · résultats définitifs (Cour constitutionnelle) selon le tableau du document de référence"
    )
    static let largest = Message(
        en: "No party holds a majority ({0}); the largest is {1} with {2} seats.",
        fr: "Aucun parti n’a la majorité ({0}) ; le premier est {1} avec {2} sièges."
    )
    static let holds = Message(en: "{0} holds a majority with {1} seats.", fr: "{0} a la majorité avec {1} sièges.")
    static let agreementsTitle = Message(en: "Checks between levels:", fr: "Contrôles entre niveaux :")
    static let ruleTitle = Message(
        en:
            "The two-round block vote applied to the published figures agrees with the published outcome in {0} of {1} cases.",
        fr:
            "Le scrutin majoritaire à deux tours appliqué aux chiffres publiés donne le résultat publié dans {0} cas sur {1}."
    )
    static let ruleMismatch = Message(
        en: "  ✗ {0}, round {1} ({2}): {3} gives {4}; published {5}",
        fr: "  ✗ {0}, tour {1} ({2}) : {3} donne {4} ; publié {5}"
    )
    static let conflictsTitle = Message(
        en: "Where sources disagree (value shown first):",
        fr: "Désaccords entre sources (valeur retenue en premier) :"
    )
    static let votesTitle = Message(en: "VOTES AND TURNOUT", fr: "VOTES ET PARTICIPATION")
    static let provisional = Message(en: "Provisional (Ministry)", fr: "Provisoires (ministère)")
    static let final = Message(en: "Final (Court)", fr: "Définitifs (Cour)")
    static let roundTwoScope = Message(
        en: "Round 2 was held in the {0} runoff constituencies only.",
        fr: "Le second tour n’a eu lieu que dans les {0} circonscriptions en ballottage."
    )
    static let doesNotAddUp = Message(
        en: "Round {0}: {1} do not add up: {2} voters − {3} invalid = {4}, not {5} valid. Shown: {6}, which add up.",
        fr:
            "Tour {0} : {1} ne s’additionnent pas : {2} votants − {3} nuls = {4}, et non {5} exprimés. Affichés : {6}, cohérents."
    )
    static let printedDiffers = Message(
        en: "Round {0}, {1}: turnout computed {2}, printed {3}.",
        fr: "Tour {0}, {1} : participation calculée {2}, publiée {3}."
    )
    static let outcomesTitle = Message(en: "OUTCOMES BY CONSTITUENCY", fr: "RÉSULTATS PAR CIRCONSCRIPTION")
    static let outcomeRound1 = Message(
        en:
            "Round 1: {0} constituencies ({1} seats) elected at once; {2} ({3} seats) went to a runoff. Ministry's provisional count: {4} constituencies ({5} seats).",
        fr:
            "Premier tour : {0} circonscriptions ({1} sièges) pourvues d’emblée ; {2} ({3} sièges) en ballottage. Décompte provisoire du ministère : {4} circonscriptions ({5} sièges)."
    )
    static let outcomeRound2 = Message(
        en: "Round 2: the winner is known for {0} of {1} runoffs ({2} seats); not found in the sources: {3}.",
        fr:
            "Second tour : le vainqueur est connu dans {0} des {1} ballottages ({2} sièges) ; introuvable dans les sources : {3}."
    )
    static let courtTitle = Message(
        en: "PROVISIONAL (MINISTRY) AGAINST FINAL (COURT)",
        fr: "PROVISOIRE (MINISTÈRE) CONTRE DÉFINITIF (COUR)"
    )
    static let reversedLine = Message(
        en: "The Court reversed {0} seats in {1} constituencies in round 2.",
        fr: "La Cour a inversé {0} sièges dans {1} circonscriptions au second tour."
    )
    static let provisionalSeatsTitle = Message(
        en: "Seats after round 2, provisional (partial table) → final:",
        fr: "Sièges après le second tour, provisoires (tableau partiel) → définitifs :"
    )
    static let womenTitle = Message(en: "WOMEN", fr: "FEMMES")
    static let womenCandidates = Message(
        en:
            "Candidates: {0} of {1} validated candidates were women ({2}); Law 2015-052 allows at most 70% of one sex on a list of three or more.",
        fr:
            "Candidatures : {0} femmes sur {1} candidats validés ({2}) ; la loi 2015-052 interdit plus de 70 % d’un même sexe sur une liste de trois noms ou plus."
    )
    static let womenElected = Message(
        en: "Elected: {0} women of {1} seats ({2}); other sources say {3} ({4}). 2013: {5}.",
        fr: "Élues : {0} femmes sur {1} sièges ({2}) ; d’autres sources disent {3} ({4}). 2013 : {5}."
    )
    static let stationsLine = Message(
        en: "Polling stations: {0}; {1} did not open in round 1 ({2}), covering {3} registered voters.",
        fr: "Bureaux de vote : {0} ; {1} n’ont pas ouvert au premier tour ({2}), soit {3} inscrits."
    )
    static let sourcesTitle = Message(en: "SOURCES", fr: "SOURCES")
    static let sourcesHint = Message(
        en:
            "Every figure comes from shared/data/mali-2020 (embedded). Run with --sources for the source of each figure.",
        fr:
            "Chaque chiffre provient de shared/data/mali-2020 (intégré). Lancez avec --sources pour la source de chaque chiffre."
    )
    static let inferredLegend = Message(
        en: "(?) inferred by the data's authors from other facts, not stated by a source.",
        fr: "(?) déduit d’autres faits par les auteurs des données, non affirmé par une source."
    )
    static let stages: [String: Message] = [
        "provisional": Message(en: "the Ministry's provisional figures", fr: "les chiffres provisoires du ministère"),
        "final": Message(
            en: "the Court's figures as the press printed them",
            fr: "les chiffres de la Cour tels que la presse les a publiés"
        ),
        "final-seed": Message(
            en: "the seed's table of the Court's figures",
            fr: "le tableau des chiffres de la Cour du document de référence"
        ),
    ]
    static let runoffWord = Message(en: "runoff", fr: "second tour")

    /// A cell of `court_changes.csv` in the reader's words: turnouts as percentages, `runoff` translated.
    static func notation(_ text: String, kind: String, format: Format) -> String {
        if kind == "turnout", let basisPoints = ReferenceReport.basisPoints(text) {
            return format.percent(basisPoints: basisPoints)
        }
        return text == "runoff" ? runoffWord(format.language) : text
    }

    static func stage(_ stage: String, _ language: Language) -> String { stages[stage]?(language) ?? stage }

    static func stageWord(_ stage: Stage, _ language: Language) -> String {
        switch stage {
        case .provisional: Message(en: "provisional", fr: "provisoire")(language)
        case .final: Message(en: "final", fr: "définitif")(language)
        }
    }

    static let kinds: [String: Message] = [
        "elected-in-round-1": Message(en: "elected in round 1", fr: "élue au premier tour"),
        "runoff-pair": Message(en: "runoff pair", fr: "duel du second tour"),
        "reversed": Message(en: "reversed", fr: "inversé"),
        "turnout": Message(en: "national turnout", fr: "participation nationale"),
    ]

    public static func render(_ report: ReferenceReport, language: Language, sources: Bool) -> String {
        let format = Format(language)
        func cite(_ ids: [String]) -> String { sources && !ids.isEmpty ? " [" + ids.joined(separator: "; ") + "]" : "" }
        var text = title(language) + "\n"
        let dates = report.votes.map { $0.date.map(format.date) ?? "–" }
        if dates.count >= 2 { text += roundsLine.format(language, [dates[0], dates[1]]) + "\n" }
        text +=
            shape.format(
                language,
                [format.number(report.seats), format.number(report.constituencies), format.number(report.majority)]
            )
            + "\n\n"

        // Seats by party.
        text += seatTitle(language) + "\n"
        var table = TextTable([
            .init(Words.party(language)), .init(Words.name(language)), .init("R1", .right), .init("R2", .right),
            .init(Words.total(language), .right), .init("2013", .right), .init(Words.change(language), .right),
        ])
        for row in report.parties {
            let name = language == .english ? (row.name ?? row.label) : row.label
            table.add([
                row.party, name + cite(row.sources), row.round1.map(String.init) ?? "–",
                row.round2.map(String.init) ?? "–",
                row.total.map(String.init) ?? "–",
                row.previous.map(String.init) ?? (row.new ? Words.new(language) : "–"),
                row.change.map(format.signed) ?? (row.new ? Words.new(language) : "–"),
            ])
        }
        table.footer = [
            [
                Words.total(language), "", String(report.parties.reduce(0) { $0 + ($1.round1 ?? 0) }),
                String(report.parties.reduce(0) { $0 + ($1.round2 ?? 0) }),
                String(report.parties.reduce(0) { $0 + ($1.total ?? 0) }), "", "",
            ]
        ]
        text += table.render()
        if let holder = report.majorityHolder {
            text += holds.format(language, [holder, String(report.largestPartySeats ?? 0)]) + "\n"
        } else if let party = report.largestParty {
            text +=
                largest.format(language, [String(report.majority), party, String(report.largestPartySeats ?? 0)]) + "\n"
        }
        text += agreementsTitle(language) + "\n"
        for agreement in report.agreements {
            let mark = agreement.holds ? "✓" : "✗"
            text += "  \(mark) \(agreement.what): \(agreement.found)"
            if !agreement.holds { text += " ≠ \(agreement.expected)" }
            text += "\n"
        }
        let holding = report.ruleChecks.count(where: \.holds)
        text += ruleTitle.format(language, [String(holding), String(report.ruleChecks.count)]) + "\n"
        for check in report.ruleChecks where !check.holds || sources {
            text +=
                ruleMismatch.format(
                    language,
                    [
                        check.constituency, String(check.round), stageWord(check.stage, language), check.figures,
                        check.decided, check.published,
                    ]
                )
                .replacing("✗", with: check.holds ? "✓" : "✗") + "\n"
        }
        if !report.seatConflicts.isEmpty {
            text += conflictsTitle(language) + "\n"
            for conflict in report.seatConflicts { text += "  · \(conflict)\n" }
        }

        // Votes and turnout.
        text += "\n" + votesTitle(language) + "\n"
        var votes = TextTable(
            [.init("")]
                + report.votes.flatMap { round in
                    [
                        TextTable.Column("\(Words.round(language)) \(round.round) · \(provisional(language))", .right),
                        TextTable.Column(final(language), .right),
                    ]
                }
        )
        func cells(_ figures: ReferenceReport.Figures?, _ value: (ReferenceReport.Figures) -> String) -> String {
            figures.map(value) ?? "–"
        }
        let lines: [(Message, (ReferenceReport.Figures) -> String)] = [
            (Words.registered, { format.number($0.registered) }),
            (Words.voters, { format.number($0.voters) }),
            (Words.turnout, { format.percent(basisPoints: $0.turnoutBasisPoints) }),
            (Words.invalid, { "\(format.number($0.invalid)) (\(format.percent(basisPoints: $0.invalidBasisPoints)))" }),
            (Words.valid, { "\(format.number($0.valid)) (\(format.percent(basisPoints: $0.validBasisPoints)))" }),
        ]
        for (label, value) in lines {
            votes.add(
                [label(language)] + report.votes.flatMap { [cells($0.provisional, value), cells($0.final, value)] }
            )
        }
        text += votes.render()
        if let runoffs = Optional(report.outcomes.runoffConstituencies), report.votes.count > 1 {
            text += roundTwoScope.format(language, [String(runoffs)]) + "\n"
        }
        for round in report.votes {
            for other in round.finalAlternatives where !other.addsUp {
                guard let used = round.final else { continue }
                text +=
                    doesNotAddUp.format(
                        language,
                        [
                            String(round.round), stage(other.stage, language), format.number(other.voters),
                            format.number(other.invalid), format.number(other.voters - other.invalid),
                            format.number(other.valid), stage(used.stage, language),
                        ]
                    ) + cite(other.sources) + "\n"
            }
            for figures in [round.provisional, round.final].compactMap({ $0 }) {
                if let printed = figures.printedTurnoutBasisPoints, printed != figures.turnoutBasisPoints {
                    text +=
                        printedDiffers.format(
                            language,
                            [
                                String(round.round), stage(figures.stage, language),
                                format.percent(basisPoints: figures.turnoutBasisPoints),
                                format.percent(basisPoints: printed),
                            ]
                        ) + "\n"
                }
            }
            if sources {
                for figures in [round.provisional, round.final].compactMap({ $0 }) {
                    text +=
                        "  \(Words.round(language)) \(round.round), \(stage(figures.stage, language))\(cite(figures.sources))\n"
                }
            }
        }

        // Outcomes.
        let outcomes = report.outcomes
        text += "\n" + outcomesTitle(language) + "\n"
        text +=
            outcomeRound1.format(
                language,
                [
                    String(outcomes.round1ElectedConstituencies), String(outcomes.round1ElectedSeats),
                    String(outcomes.runoffConstituencies), String(outcomes.runoffSeats),
                    String(outcomes.round1ProvisionalElectedConstituencies),
                    String(outcomes.round1ProvisionalElectedSeats),
                ]
            ) + "\n"
        text +=
            outcomeRound2.format(
                language,
                [
                    String(outcomes.round2KnownConstituencies), String(outcomes.runoffConstituencies),
                    String(outcomes.round2KnownSeats), outcomes.round2Unknown.joined(separator: ", "),
                ]
            ) + "\n"

        // Provisional against final.
        text += "\n" + courtTitle(language) + "\n"
        var changes = TextTable([
            .init(Words.round(language), .right), .init(Words.constituency(language)),
            .init(Words.seatsTitle(language), .right),
            .init(""), .init(provisional(language)), .init(final(language)),
        ])
        for change in report.courtChanges {
            changes.add([
                String(change.round), change.name ?? "–", change.seats.map(String.init) ?? "",
                kinds[change.kind]?(language) ?? change.kind,
                notation(change.provisional, kind: change.kind, format: format),
                notation(change.final, kind: change.kind, format: format)
                    + (change.certainty == .inferred ? " (?)" : "")
                    + cite(change.sources),
            ])
        }
        text += changes.render()
        if report.courtChanges.contains(where: { $0.certainty == .inferred }) {
            text += inferredLegend(language) + "\n"
        }
        text +=
            reversedLine.format(language, [String(report.reversedSeats), String(report.reversedConstituencies)]) + "\n"
        if !report.provisionalSeats.isEmpty {
            text += provisionalSeatsTitle(language) + "\n  "
            text +=
                report.provisionalSeats.map { row in
                    "\(row.party) \(row.provisional) → \(row.final.map(String.init) ?? "–")"
                }.joined(separator: " · ") + "\n"
        }

        // Women and stations.
        let women = report.women
        text += "\n" + womenTitle(language) + "\n"
        if let candidates = women.candidates, let total = women.candidatesTotal {
            text +=
                womenCandidates.format(
                    language,
                    [
                        format.number(candidates), format.number(total),
                        format.percent(basisPoints: women.candidatesShareBasisPoints),
                    ]
                )
                + "\n"
        }
        if let elected = women.elected {
            text +=
                womenElected.format(
                    language,
                    [
                        format.number(elected), format.number(report.seats),
                        format.percent(basisPoints: women.electedShareBasisPoints),
                        women.electedOther.map(format.number) ?? "–",
                        format.percent(basisPoints: women.electedOtherShareBasisPoints),
                        women.previous.map(format.number) ?? "–",
                    ]
                ) + cite(women.sources) + "\n"
        }
        let stations = report.stations
        if let total = stations.total, let closed = stations.notOpened {
            text +=
                stationsLine.format(
                    language,
                    [
                        format.number(total), format.number(closed),
                        format.percent(basisPoints: stations.notOpenedShareBasisPoints),
                        stations.votersInNotOpened.map(format.number) ?? "–",
                    ]
                ) + cite(stations.sources) + "\n"
        }

        text += "\n"
        if sources {
            text += sourcesTitle(language) + "\n"
            for source in report.sources {
                text += "  \(source.id)  \(source.address)\(source.date.isEmpty ? "" : " (\(source.date))")\n"
            }
        } else {
            text += sourcesHint(language) + "\n"
        }
        return text
    }
}
