/// What the reports say with values in it: results, seats, checks, runoffs, and the shared
/// pieces of number formatting (the colon, `12 of 55`, dates).
public enum ReportText: MessageEntry {
    case colon
    case fraction(String, of: String)
    case date(day: Int, month: Int, year: String)
    case seatCount(Int, formatted: String)
    case outcomeSummary(status: String, lists: [String])
    case vacancy(places: Int)
    case tieForRunoff(places: Int)
    case majorityLine(majority: String, seats: String)
    case majorityHeld(holder: String, seats: String)
    case undecidedSeats(String)
    case unfilledSeats(String)
    case womenElected(String, of: String, share: String)
    case checkSummary(errors: String, warnings: String, quarantined: String)
    case runoffsTitle
    case electedInRound1Title
    case unsettledTitle
    case runoffCount(runoffs: Int, elected: Int, unsettled: Int)

    public var message: Message {
        switch self {
        case .colon: Message(en: ": ", fr: " : ")
        case .fraction(let part, let whole): Message(en: "\(part) of \(whole)", fr: "\(part) sur \(whole)")
        case .date(let day, let month, let year):
            Message(
                en: "\(day) \(Self.englishMonths[month - 1]) \(year)",
                fr: "\(day == 1 ? "1er" : String(day)) \(Self.frenchMonths[month - 1]) \(year)"
            )
        case .seatCount(let count, let number):
            Message(
                en: number + (count == 1 ? " seat" : " seats"),
                fr: number + (count > 1 ? " sièges" : " siège")
            )
        case .outcomeSummary(let status, let lists):
            Self.outcomeSummary(status: status, lists: lists)
        case .vacancy(let places):
            Message(
                en: "no majority and too few lists for the runoff (\(places) place(s) empty: lists disqualified); "
                    + "the court decides (overturn or runoff)",
                fr: "pas de majorité et trop peu de listes pour le second tour (\(places) place(s) vide(s) : listes "
                    + "invalidées) ; la Cour décide (overturn ou runoff)"
            )
        case .tieForRunoff(let places):
            Message(
                en: "equal votes for \(places) runoff place(s); to be settled (lots or court)",
                fr: "égalité de voix pour \(places) place(s) au second tour ; à départager (tirage au sort ou Cour)"
            )
        case .majorityLine(let majority, let seats):
            Message(en: "Majority: \(majority) of \(seats) seats.", fr: "Majorité : \(majority) sièges sur \(seats).")
        case .majorityHeld(let holder, let seats):
            Message(en: "\(holder) holds it with \(seats) seats.", fr: "\(holder) l’atteint avec \(seats) sièges.")
        case .undecidedSeats(let seats):
            Message(en: "Seats not yet decided: \(seats).", fr: "Sièges non encore attribués : \(seats).")
        case .unfilledSeats(let seats):
            Message(
                en: "Seats won by lists too short to fill them: \(seats).",
                fr: "Sièges gagnés par des listes trop courtes : \(seats)."
            )
        case .womenElected(let women, let seats, let share):
            Message(
                en: "Women elected: \(women) of \(seats) (\(share)).",
                fr: "Femmes élues : \(women) sur \(seats) (\(share))."
            )
        case .checkSummary(let errors, let warnings, let quarantined):
            Message(
                en: "\(errors) error(s), \(warnings) warning(s); \(quarantined) sheet(s) quarantined.",
                fr: "\(errors) erreur(s), \(warnings) avertissement(s) ; \(quarantined) feuille(s) en quarantaine."
            )
        case .runoffsTitle: Message(en: "Runoffs of round 2", fr: "Seconds tours")
        case .electedInRound1Title:
            Message(en: "Elected in round 1: no runoff", fr: "Élues au premier tour : pas de second tour")
        case .unsettledTitle:
            Message(
                en: "Not settled: no ballot can be printed yet",
                fr: "Non réglées : aucun bulletin ne peut encore être imprimé"
            )
        case .runoffCount(let runoffs, let elected, let unsettled):
            Message(
                en: "\(runoffs) runoff(s), \(elected) constituency(ies) elected in round 1, \(unsettled) not settled.",
                fr: "\(runoffs) second(s) tour(s), \(elected) circonscription(s) élue(s) au premier tour, "
                    + "\(unsettled) non réglée(s)."
            )
        }
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    /// An outcome of a book's constituency round, in a few words: `RPM+URD elected`,
    /// `runoff: URD vs SYNOUMA`.
    private static func outcomeSummary(status: String, lists: [String]) -> Message {
        let (en, fr) = (lists.joined(separator: " vs "), lists.joined(separator: " contre "))
        switch status {
        case "elected": return Message(en: "\(en) elected", fr: "\(fr) élue")
        case "runoff" where lists.count == 1:
            return Message(en: "runoff: \(en) vs (list not known)", fr: "second tour : \(fr) contre (liste non connue)")
        case "runoff" where lists.isEmpty:
            return Message(en: "runoff (pair not known)", fr: "second tour (paire non connue)")
        case "runoff": return Message(en: "runoff: \(en)", fr: "second tour : \(fr)")
        case "tie": return Message(en: "tie: \(en)", fr: "égalité : \(fr)")
        case "counting": return Message(en: "counting", fr: "dépouillement en cours")
        case "blocked":
            return Message(en: "blocked by quarantined sheets", fr: "bloquée par des procès-verbaux en quarantaine")
        case "annulled": return Message(en: "election annulled", fr: "élection annulée")
        case "unknown": return Message(en: "not known", fr: "non connu")
        default: return Message(en: "not contested", fr: "pas de scrutin")
        }
    }

    public static var samples: [ReportText] {
        [
            .colon, .fraction("12", of: "55"), .date(day: 1, month: 3, year: "2020"), .seatCount(3, formatted: "3"),
            .outcomeSummary(status: "runoff", lists: ["URD", "SYNOUMA"]), .vacancy(places: 1), .tieForRunoff(places: 1),
            .majorityLine(majority: "74", seats: "147"), .majorityHeld(holder: "RPM", seats: "80"),
            .undecidedSeats("4"),
            .unfilledSeats("1"), .womenElected("42", of: "147", share: "28,57\u{00A0}%"),
            .checkSummary(errors: "1", warnings: "2", quarantined: "1"), .runoffsTitle, .electedInRound1Title,
            .unsettledTitle, .runoffCount(runoffs: 43, elected: 12, unsettled: 0),
        ]
    }
}

/// What the published documents say (`scrutin report`): the HTML page, the tables, the charts and
/// the hemicycle.
public enum PublishingText: MessageEntry {
    case summary
    case votes
    case seatsByPartyHeading
    case votesCast
    case votesCastHeading
    case provisionalAndFinal
    case provisionalAgainstFinal
    case largestParty
    case noMajority
    case absoluteMajority
    case womenElected
    case turnoutByRegion
    case noDifference
    case madeBy
    case rulings
    case finalResults
    case provisionalResults
    case countAsItStands
    case provisional
    case final
    case validVotes
    case invalidBlankVotes
    case registeredTurnout
    case wholeCountry
    case notPublished
    case votesNotPublished
    case notYetDecided
    case round(Int)
    case roundShort(Int)
    case roundLower(Int)
    case roundLabel(Int, String)
    case seatsAndMajority(seats: String, majority: String)
    case majority(String)
    case majorityColon(Int)
    case majoritySeats(Int)
    case turnoutRound(Int)
    case votersOf(voters: String, registered: String)
    case provisionalFigures([String])
    case provisionalRound(round: Int, voters: String, turnout: String, final: String)
    case changed(constituencies: Int, seats: Int)
    case source(String)
    case provisionalResult(String)
    case stationsCounted(String)
    case quarantinedSheets(String)
    case holdsMajority(holder: String, majority: Int)
    case noPartyMajority(majority: Int, largest: String, seats: Int)
    case hemicycleTitle(name: String, frenchName: String, seats: Int)
    case seatsChartTitle(name: String, frenchName: String)
    case turnoutChartTitle(name: String, frenchName: String)
    case noRound(Int)
    case bookSource(synthetic: Bool)
    case mali2020Name
    case mali2020Source
    case declaredSource(head: Int)

    public var message: Message {
        switch self {
        case .summary: Message(en: "Summary", fr: "Synthèse")
        case .votes: Message(en: "Votes", fr: "Suffrages")
        case .seatsByPartyHeading: Message(en: "SEATS BY PARTY", fr: "SIÈGES PAR PARTI")
        case .votesCast: Message(en: "Votes cast", fr: "Suffrages")
        case .votesCastHeading: Message(en: "VOTES CAST", fr: "SUFFRAGES")
        case .provisionalAndFinal: Message(en: "Provisional and final", fr: "Provisoires et définitifs")
        case .provisionalAgainstFinal:
            Message(en: "Provisional against final", fr: "Résultats provisoires et définitifs")
        case .largestParty: Message(en: "Largest party", fr: "Premier parti")
        case .noMajority: Message(en: "no majority", fr: "pas de majorité")
        case .absoluteMajority: Message(en: "absolute majority", fr: "majorité absolue")
        case .womenElected: Message(en: "Women elected", fr: "Femmes élues")
        case .turnoutByRegion: Message(en: "Turnout by region", fr: "Participation par région")
        case .noDifference:
            Message(
                en: "No difference between provisional and final results.",
                fr: "Aucune différence entre résultats provisoires et définitifs."
            )
        case .madeBy:
            Message(
                en: "Made by Scrutin. Shares are computed from the counts, in integers.",
                fr: "Produit par Scrutin. Les pourcentages sont calculés à partir des décomptes, en entiers."
            )
        case .rulings: Message(en: "Rulings", fr: "Décisions")
        case .finalResults: Message(en: "Final results", fr: "Résultats définitifs")
        case .provisionalResults: Message(en: "Provisional results", fr: "Résultats provisoires")
        case .countAsItStands:
            Message(en: "Count as it stands, not yet published", fr: "Décompte en cours, non publié")
        case .provisional: Message(en: "Provisional", fr: "Provisoire")
        case .final: Message(en: "Final", fr: "Définitif")
        case .validVotes: Message(en: "Valid votes", fr: "Suffrages exprimés")
        case .invalidBlankVotes: Message(en: "Invalid/blank votes", fr: "Bulletins nuls ou blancs")
        case .registeredTurnout: Message(en: "Registered voters/turnout", fr: "Inscrits / participation")
        case .wholeCountry: Message(en: "Whole country", fr: "Ensemble du pays")
        case .notPublished: Message(en: "not published", fr: "non publié")
        case .votesNotPublished: Message(en: "Votes not published", fr: "Voix non publiées")
        case .notYetDecided: Message(en: "Not yet decided", fr: "Pas encore attribués")
        case .round(let round): Message(en: "Round \(round)", fr: "Tour \(round)")
        case .roundShort(let round): Message(en: "R\(round)", fr: "T\(round)")
        case .roundLower(let round): Message(en: "round \(round)", fr: "tour \(round)")
        case .roundLabel(let round, let text): Message(en: "Round \(round): \(text)", fr: "Tour \(round) : \(text)")
        case .seatsAndMajority(let seats, let majority):
            Message(en: "\(seats) seats · majority \(majority)", fr: "\(seats) sièges · majorité \(majority)")
        case .majority(let majority): Message(en: "majority \(majority)", fr: "majorité \(majority)")
        case .majorityColon(let majority): Message(en: "majority: \(majority)", fr: "majorité : \(majority)")
        case .majoritySeats(let majority):
            Message(en: "Majority: \(majority) seats", fr: "Majorité : \(majority) sièges")
        case .turnoutRound(let round): Message(en: "Turnout, round \(round)", fr: "Participation, tour \(round)")
        case .votersOf(let voters, let registered):
            Message(en: "\(voters) voters of \(registered)", fr: "\(voters) votants sur \(registered)")
        case .provisionalFigures(let rounds):
            Message(
                en: "Provisional figures: " + rounds.joined(separator: "; ") + ".",
                fr: "Chiffres provisoires : " + rounds.joined(separator: " ; ") + "."
            )
        case .provisionalRound(let round, let voters, let turnout, let final):
            Message(
                en: "round \(round) \(voters) voters, turnout \(turnout) → \(final) final",
                fr: "tour \(round) \(voters) votants, participation \(turnout) → \(final) définitif"
            )
        case .changed(let constituencies, let seats):
            Message(
                en: "\(constituencies) constituencies changed, \(seats) seats.",
                fr: "\(constituencies) circonscriptions changées, \(seats) sièges."
            )
        case .source(let source): Message(en: "Source: \(source)", fr: "Source : \(source)")
        case .provisionalResult(let result):
            Message(en: "Provisional result: \(result)", fr: "Résultat provisoire : \(result)")
        case .stationsCounted(let fraction):
            Message(en: "Stations: \(fraction) counted", fr: "Bureaux : \(fraction) dépouillés")
        case .quarantinedSheets(let sheets):
            Message(en: "Quarantined sheets: \(sheets)", fr: "Procès-verbaux en quarantaine : \(sheets)")
        case .holdsMajority(let holder, let majority):
            Message(
                en: "\(holder) holds an absolute majority (\(majority) seats).",
                fr: "\(holder) détient la majorité absolue (\(majority) sièges)."
            )
        case .noPartyMajority(let majority, let largest, let seats):
            Message(
                en: "No party holds a majority (\(majority)); the largest is \(largest) with \(seats) seats.",
                fr: "Aucun parti n’a la majorité (\(majority)) ; le premier est \(largest) avec \(seats) sièges."
            )
        case .hemicycleTitle(let name, let frenchName, let seats):
            Message(en: "\(name): the \(seats) seats", fr: "\(frenchName) : répartition des \(seats) sièges")
        case .seatsChartTitle(let name, let frenchName):
            Message(en: "\(name): seats by party", fr: "\(frenchName) : sièges par parti")
        case .turnoutChartTitle(let name, let frenchName):
            Message(en: "\(name): turnout by region", fr: "\(frenchName) : participation par région")
        case .noRound(let round):
            Message(
                en: "no round \(round) (seats decided earlier)",
                fr: "pas de tour \(round) (sièges déjà attribués)"
            )
        case .mali2020Name:
            Message(en: "Mali — National Assembly election, 2020", fr: "Mali — élections législatives de 2020")
        case .mali2020Source:
            Message(
                en: "shared/data/mali-2020 (embedded): the Constitutional Court's final results as the seed tabulates "
                    + "them",
                fr: "shared/data/mali-2020 (intégrées) : les résultats définitifs de la Cour constitutionnelle, tels "
                    + "que la source de référence les présente"
            )
        case .declaredSource(let head):
            Message(
                en: "declared results, as of event \(head) of the journal",
                fr: "résultats déclarés, à l’événement \(head) du journal"
            )
        case .bookSource(let synthetic):
            synthetic
                ? Message(en: "synthetic data (scrutin generate)", fr: "données synthétiques (scrutin generate)")
                : Message(en: "tally sheets counted by Scrutin", fr: "procès-verbaux dépouillés par Scrutin")
        }
    }

    public static var samples: [PublishingText] {
        [
            .summary, .votes, .seatsByPartyHeading, .votesCast, .votesCastHeading, .provisionalAndFinal,
            .provisionalAgainstFinal, .largestParty, .noMajority, .absoluteMajority, .womenElected, .turnoutByRegion,
            .noDifference, .madeBy, .rulings, .finalResults, .provisionalResults, .countAsItStands, .provisional,
            .final, .validVotes, .invalidBlankVotes, .registeredTurnout, .wholeCountry, .notPublished,
            .votesNotPublished, .notYetDecided, .round(2), .roundShort(1), .roundLower(1),
            .roundLabel(1, "29 March 2020"), .seatsAndMajority(seats: "147", majority: "74"), .majority("74"),
            .majorityColon(74), .majoritySeats(74), .turnoutRound(1), .votersOf(voters: "300", registered: "500"),
            .provisionalFigures(["a", "b"]),
            .provisionalRound(round: 1, voters: "300", turnout: "35,73\u{00A0}%", final: "35,58\u{00A0}%"),
            .changed(constituencies: 7, seats: 30), .source("the seed"), .provisionalResult("LA elected"),
            .stationsCounted("3 of 4"), .quarantinedSheets("N1-01"), .holdsMajority(holder: "RPM", majority: 74),
            .noPartyMajority(majority: 74, largest: "RPM", seats: 51),
            .hemicycleTitle(name: "Mali 2020", frenchName: "Mali 2020", seats: 147),
            .seatsChartTitle(name: "Mali", frenchName: "Mali"), .turnoutChartTitle(name: "Mali", frenchName: "Mali"),
            .noRound(2), .bookSource(synthetic: true), .mali2020Name, .mali2020Source, .declaredSource(head: 40),
        ]
    }
}
