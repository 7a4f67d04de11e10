/// The report of the embedded 2020 election (`scrutin mali-2020`): its titles and lines.
public enum Mali2020Text: MessageEntry, Hashable {
    case title
    case roundsLine(String, String)
    case shape(String, String, String)
    case seatTitle
    case largest(String, String, String)
    case holds(String, String)
    case agreementsTitle
    case ruleTitle(String, String)
    case ruleMismatch(String, String, String, String, String, String)
    case conflictsTitle
    case votesTitle
    case provisional
    case final
    case roundTwoScope(String)
    case doesNotAddUp(String, String, String, String, String, String, String)
    case printedDiffers(String, String, String, String)
    case outcomesTitle
    case outcomeRound1(String, String, String, String, String, String)
    case outcomeRound2(String, String, String, String)
    case courtTitle
    case reversedLine(String, String)
    case provisionalSeatsTitle
    case womenTitle
    case womenCandidates(String, String, String)
    case womenElected(String, String, String, String, String, String)
    case stationsLine(String, String, String, String)
    case sourcesTitle
    case sourcesHint
    case inferredLegend
    case runoffWord
    case agreementPartySeats
    /// A note of the sources, as they write it (in English).
    case sourceNote(String)
    case courtDoesNotAddUp(round: Int, voters: Int64, invalid: Int64, valid: Int64)
    case agreementRound1
    case agreementRound2
    case agreementEveryConstituency
    case agreementSeatsStated
    case agreementRunoffsStated
    case agreementRound2Stated
    case agreementCourtRound1(String)
    case stage(String)
    case stageWord(Stage)
    case changeKind(String)

    public var message: Message {
        switch self {
        case .title:
            Message(
                en: "Mali — National Assembly election, 2020",
                fr: "Mali — élections législatives de 2020"
            )
        case .roundsLine(let a0, let a1):
            Message(
                en: "Round 1: \(a0) · Round 2: \(a1)",
                fr: "Premier tour : \(a0) · second tour : \(a1)"
            )
        case .shape(let a0, let a1, let a2):
            Message(
                en: "\(a0) seats in \(a1) constituencies · majority \(a2) (half the seats plus one, rounded down)",
                fr:
                    "\(a0) sièges dans \(a1) circonscriptions · majorité \(a2) (la moitié des sièges plus un, arrondie à l’unité inférieure)"
            )
        case .seatTitle:
            Message(
                en: "SEATS BY PARTY · final results (Constitutional Court) as the seed tabulates them",
                fr:
                    "SIÈGES PAR PARTI · résultats définitifs (Cour constitutionnelle) selon le tableau du document de référence"
            )
        case .largest(let a0, let a1, let a2):
            Message(
                en: "No party holds a majority (\(a0)); the largest is \(a1) with \(a2) seats.",
                fr: "Aucun parti n’a la majorité (\(a0)) ; le premier est \(a1) avec \(a2) sièges."
            )
        case .holds(let a0, let a1):
            Message(
                en: "\(a0) holds a majority with \(a1) seats.",
                fr: "\(a0) a la majorité avec \(a1) sièges."
            )
        case .agreementsTitle:
            Message(
                en: "Checks between levels:",
                fr: "Contrôles entre niveaux :"
            )
        case .ruleTitle(let a0, let a1):
            Message(
                en:
                    "The two-round block vote applied to the published figures agrees with the published outcome in \(a0) of \(a1) cases.",
                fr:
                    "Le scrutin majoritaire à deux tours appliqué aux chiffres publiés donne le résultat publié dans \(a0) cas sur \(a1)."
            )
        case .ruleMismatch(let a0, let a1, let a2, let a3, let a4, let a5):
            Message(
                en: "  ✗ \(a0), round \(a1) (\(a2)): \(a3) gives \(a4); published \(a5)",
                fr: "  ✗ \(a0), tour \(a1) (\(a2)) : \(a3) donne \(a4) ; publié \(a5)"
            )
        case .conflictsTitle:
            Message(
                en: "Where sources disagree (value shown first):",
                fr: "Désaccords entre sources (valeur retenue en premier) :"
            )
        case .votesTitle:
            Message(
                en: "VOTES AND TURNOUT",
                fr: "VOTES ET PARTICIPATION"
            )
        case .provisional:
            Message(
                en: "Provisional (Ministry)",
                fr: "Provisoires (ministère)"
            )
        case .final:
            Message(
                en: "Final (Court)",
                fr: "Définitifs (Cour)"
            )
        case .roundTwoScope(let a0):
            Message(
                en: "Round 2 was held in the \(a0) runoff constituencies only.",
                fr: "Le second tour n’a eu lieu que dans les \(a0) circonscriptions en ballottage."
            )
        case .doesNotAddUp(let a0, let a1, let a2, let a3, let a4, let a5, let a6):
            Message(
                en:
                    "Round \(a0): \(a1) do not add up: \(a2) voters − \(a3) invalid = \(a4), not \(a5) valid. Shown: \(a6), which add up.",
                fr:
                    "Tour \(a0) : \(a1) ne s’additionnent pas : \(a2) votants − \(a3) nuls = \(a4), et non \(a5) exprimés. Affichés : \(a6), cohérents."
            )
        case .printedDiffers(let a0, let a1, let a2, let a3):
            Message(
                en: "Round \(a0), \(a1): turnout computed \(a2), printed \(a3).",
                fr: "Tour \(a0), \(a1) : participation calculée \(a2), publiée \(a3)."
            )
        case .outcomesTitle:
            Message(
                en: "OUTCOMES BY CONSTITUENCY",
                fr: "RÉSULTATS PAR CIRCONSCRIPTION"
            )
        case .outcomeRound1(let a0, let a1, let a2, let a3, let a4, let a5):
            Message(
                en:
                    "Round 1: \(a0) constituencies (\(a1) seats) elected at once; \(a2) (\(a3) seats) went to a runoff. Ministry's provisional count: \(a4) constituencies (\(a5) seats).",
                fr:
                    "Premier tour : \(a0) circonscriptions (\(a1) sièges) pourvues d’emblée ; \(a2) (\(a3) sièges) en ballottage. Décompte provisoire du ministère : \(a4) circonscriptions (\(a5) sièges)."
            )
        case .outcomeRound2(let a0, let a1, let a2, let a3):
            Message(
                en:
                    "Round 2: the winner is known for \(a0) of \(a1) runoffs (\(a2) seats); not found in the sources: \(a3).",
                fr:
                    "Second tour : le vainqueur est connu dans \(a0) des \(a1) ballottages (\(a2) sièges) ; introuvable dans les sources : \(a3)."
            )
        case .courtTitle:
            Message(
                en: "PROVISIONAL (MINISTRY) AGAINST FINAL (COURT)",
                fr: "PROVISOIRE (MINISTÈRE) CONTRE DÉFINITIF (COUR)"
            )
        case .reversedLine(let a0, let a1):
            Message(
                en: "The Court reversed \(a0) seats in \(a1) constituencies in round 2.",
                fr: "La Cour a inversé \(a0) sièges dans \(a1) circonscriptions au second tour."
            )
        case .provisionalSeatsTitle:
            Message(
                en: "Seats after round 2, provisional (partial table) → final:",
                fr: "Sièges après le second tour, provisoires (tableau partiel) → définitifs :"
            )
        case .womenTitle:
            Message(
                en: "WOMEN",
                fr: "FEMMES"
            )
        case .womenCandidates(let a0, let a1, let a2):
            Message(
                en:
                    "Candidates: \(a0) of \(a1) validated candidates were women (\(a2)); Law 2015-052 allows at most 70% of one sex on a list of three or more.",
                fr:
                    "Candidatures : \(a0) femmes sur \(a1) candidats validés (\(a2)) ; la loi 2015-052 interdit plus de 70 % d’un même sexe sur une liste de trois noms ou plus."
            )
        case .womenElected(let a0, let a1, let a2, let a3, let a4, let a5):
            Message(
                en: "Elected: \(a0) women of \(a1) seats (\(a2)); other sources say \(a3) (\(a4)). 2013: \(a5).",
                fr:
                    "Élues : \(a0) femmes sur \(a1) sièges (\(a2)) ; d’autres sources disent \(a3) (\(a4)). 2013 : \(a5)."
            )
        case .stationsLine(let a0, let a1, let a2, let a3):
            Message(
                en: "Polling stations: \(a0); \(a1) did not open in round 1 (\(a2)), covering \(a3) registered voters.",
                fr: "Bureaux de vote : \(a0) ; \(a1) n’ont pas ouvert au premier tour (\(a2)), soit \(a3) inscrits."
            )
        case .sourcesTitle:
            Message(
                en: "SOURCES",
                fr: "SOURCES"
            )
        case .sourcesHint:
            Message(
                en:
                    "Every figure comes from shared/data/mali-2020 (embedded). Run with --sources for the source of each figure.",
                fr:
                    "Chaque chiffre provient de shared/data/mali-2020 (intégré). Lancez avec --sources pour la source de chaque chiffre."
            )
        case .inferredLegend:
            Message(
                en: "(?) inferred by the data's authors from other facts, not stated by a source.",
                fr: "(?) déduit d’autres faits par les auteurs des données, non affirmé par une source."
            )
        case .runoffWord: Message(en: "runoff", fr: "second tour")
        case .sourceNote(let note): Message(en: note, fr: note)
        case .courtDoesNotAddUp(let round, let voters, let invalid, let valid):
            Message(
                en:
                    "Round \(round): the Court's figures as printed do not add up (\(voters) voters − \(invalid) invalid ≠ "
                    + "\(valid) valid); shown: the seed's table, which does.",
                fr:
                    "Tour \(round) : les chiffres de la Cour tels que publiés ne s’additionnent pas (\(voters) votants − "
                    + "\(invalid) nuls ≠ \(valid) exprimés) ; affiché : le tableau du document de référence, qui "
                    + "s’additionne."
            )
        case .agreementPartySeats:
            Message(
                en: "party seats add up to the constituencies' seats",
                fr: "les sièges des partis font ceux des circonscriptions"
            )
        case .agreementRound1:
            Message(
                en: "round-1 party seats = seats of constituencies elected in round 1",
                fr: "sièges des partis au premier tour = sièges des circonscriptions pourvues au premier tour"
            )
        case .agreementRound2:
            Message(
                en: "round-2 party seats = seats of the runoff constituencies",
                fr: "sièges des partis au second tour = sièges des circonscriptions en ballottage"
            )
        case .agreementEveryConstituency:
            Message(
                en: "every constituency is elected in round 1 or goes to a runoff",
                fr: "chaque circonscription est pourvue au premier tour ou va au second"
            )
        case .agreementSeatsStated:
            Message(
                en: "seats stated (147) = seats of the constituencies",
                fr: "sièges annoncés (147) = sièges des circonscriptions"
            )
        case .agreementRunoffsStated:
            Message(
                en: "runoff constituencies stated = runoff outcomes",
                fr: "circonscriptions en ballottage annoncées = issues de second tour"
            )
        case .agreementRound2Stated:
            Message(
                en: "round-2 seats stated = seats of the runoff constituencies",
                fr: "sièges du second tour annoncés = sièges des circonscriptions en ballottage"
            )
        case .agreementCourtRound1(let party):
            Message(
                en: "\(party) round-1 seats = the Court's round-1 count",
                fr: "sièges de \(party) au premier tour = décompte de la Cour au premier tour"
            )
        case .stage("provisional"):
            Message(en: "the Ministry's provisional figures", fr: "les chiffres provisoires du ministère")
        case .stage("final"):
            Message(
                en: "the Court's figures as the press printed them",
                fr: "les chiffres de la Cour tels que la presse les a publiés"
            )
        case .stage("final-seed"):
            Message(
                en: "the seed's table of the Court's figures",
                fr: "le tableau des chiffres de la Cour du document de référence"
            )
        case .stage(let stage): Message(en: stage, fr: stage)
        case .stageWord(.provisional): Message(en: "provisional", fr: "provisoire")
        case .stageWord(.final): Message(en: "final", fr: "définitif")
        case .changeKind("elected-in-round-1"): Message(en: "elected in round 1", fr: "élue au premier tour")
        case .changeKind("runoff-pair"): Message(en: "runoff pair", fr: "duel du second tour")
        case .changeKind("reversed"): Message(en: "reversed", fr: "inversé")
        case .changeKind("turnout"): Message(en: "national turnout", fr: "participation nationale")
        case .changeKind(let kind): Message(en: kind, fr: kind)
        }
    }

    public static var samples: [Mali2020Text] {
        [
            .title, .roundsLine("1", "2"), .shape("1", "2", "3"), .seatTitle, .largest("1", "2", "3"), .holds("1", "2"),
            .agreementsTitle, .ruleTitle("1", "2"), .ruleMismatch("1", "2", "3", "4", "5", "6"), .conflictsTitle,
            .votesTitle, .provisional, .final, .roundTwoScope("1"), .doesNotAddUp("1", "2", "3", "4", "5", "6", "7"),
            .printedDiffers("1", "2", "3", "4"), .outcomesTitle, .outcomeRound1("1", "2", "3", "4", "5", "6"),
            .outcomeRound2("1", "2", "3", "4"), .courtTitle, .reversedLine("1", "2"), .provisionalSeatsTitle,
            .womenTitle, .womenCandidates("1", "2", "3"), .womenElected("1", "2", "3", "4", "5", "6"),
            .stationsLine("1", "2", "3", "4"), .sourcesTitle, .sourcesHint, .inferredLegend, .runoffWord,
            .stage("provisional"), .stage("final"), .stage("final-seed"),
            .sourceNote("47 per S45 and 53 per S150"), .courtDoesNotAddUp(round: 1, voters: 9, invalid: 1, valid: 7),
            .agreementPartySeats, .agreementRound1, .agreementRound2, .agreementEveryConstituency,
            .agreementSeatsStated, .agreementRunoffsStated, .agreementRound2Stated, .agreementCourtRound1("RPM"),
            .stageWord(.provisional), .stageWord(.final), .changeKind("elected-in-round-1"), .changeKind("runoff-pair"),
            .changeKind("reversed"), .changeKind("turnout"),
        ]
    }
}
