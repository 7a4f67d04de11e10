public import ScrutinCore

/// The words of every report, in English and French.
public enum Words {
    public static let round = Message(en: "Round", fr: "Tour")
    public static let seats = Message(en: "seats", fr: "sièges")
    public static let seatsTitle = Message(en: "Seats", fr: "Sièges")
    public static let majority = Message(en: "majority", fr: "majorité")
    public static let stations = Message(en: "Stations", fr: "Bureaux")
    public static let counted = Message(en: "counted", fr: "dépouillés")
    public static let closed = Message(en: "not opened", fr: "non ouverts")
    public static let quarantined = Message(en: "quarantined", fr: "en quarantaine")
    public static let missing = Message(en: "missing", fr: "manquants")
    public static let registered = Message(en: "Registered", fr: "Inscrits")
    public static let voters = Message(en: "Voters", fr: "Votants")
    public static let turnout = Message(en: "Turnout", fr: "Participation")
    public static let invalid = Message(en: "Invalid", fr: "Nuls")
    public static let valid = Message(en: "Valid", fr: "Exprimés")
    public static let region = Message(en: "Region", fr: "Région")
    public static let regions = Message(en: "Regions", fr: "Régions")
    public static let constituency = Message(en: "Constituency", fr: "Circonscription")
    public static let constituencies = Message(en: "Constituencies", fr: "Circonscriptions")
    public static let code = Message(en: "Code", fr: "Code")
    public static let result = Message(en: "Result", fr: "Résultat")
    public static let list = Message(en: "List", fr: "Liste")
    public static let name = Message(en: "Name", fr: "Nom")
    public static let parties = Message(en: "Parties", fr: "Partis")
    public static let party = Message(en: "Party", fr: "Parti")
    public static let votes = Message(en: "Votes", fr: "Voix")
    public static let share = Message(en: "Share", fr: "Part")
    public static let total = Message(en: "Total", fr: "Total")
    public static let change = Message(en: "+/−", fr: "+/−")
    public static let women = Message(en: "Women", fr: "Femmes")
    public static let state = Message(en: "State", fr: "État")
    public static let independents = Message(en: "Independents", fr: "Indépendants")
    public static let new = Message(en: "new", fr: "nouveau")
    public static let decided = Message(en: "decided", fr: "décidées")
    public static let synthetic = Message(
        en: "SYNTHETIC DATA: made by a generator; not the results of any election.",
        fr: "DONNÉES SYNTHÉTIQUES : produites par un générateur ; ce ne sont les résultats d’aucune élection."
    )
    public static let notHeld = Message(
        en: "no tally sheet yet",
        fr: "aucune feuille de dépouillement pour l’instant"
    )

    /// An outcome of a book's constituency round, in a few words: `RPM+URD elected`,
    /// `runoff: URD vs SYNOUMA`.
    public static func outcomeSummary(status: String, lists: [String], language: Language) -> String {
        let french = language == .french
        let joined = lists.joined(separator: french ? " contre " : " vs ")
        switch status {
        case "elected": return french ? "\(joined) élue" : "\(joined) elected"
        case "runoff" where lists.count == 1:
            return french
                ? "second tour : \(joined) contre (liste non connue)" : "runoff: \(joined) vs (list not known)"
        case "runoff":
            return lists.isEmpty
                ? (french ? "second tour (paire non connue)" : "runoff (pair not known)")
                : (french ? "second tour : \(joined)" : "runoff: \(joined)")
        case "tie": return french ? "égalité : \(joined)" : "tie: \(joined)"
        case "counting": return french ? "dépouillement en cours" : "counting"
        case "blocked":
            return french ? "bloquée par des procès-verbaux en quarantaine" : "blocked by quarantined sheets"
        case "annulled": return french ? "élection annulée" : "election annulled"
        case "unknown": return french ? "non connu" : "not known"
        default: return french ? "pas de scrutin" : "not contested"
        }
    }

    /// A journal event's kind, as a reader says it.
    public static func eventKind(_ kind: String, language: Language) -> String {
        let french = language == .french
        switch kind {
        case "overturn": return french ? "liste proclamée élue" : "list proclaimed elected"
        case "declare-runoff": return french ? "paire du second tour" : "runoff pair named"
        case "annul-sheet": return french ? "procès-verbal annulé" : "sheet annulled"
        case "correct-sheet": return french ? "procès-verbal rectifié" : "sheet corrected"
        case "not-opened": return french ? "bureau non ouvert" : "station not opened"
        case "disqualify-list": return french ? "liste invalidée" : "list disqualified"
        case "annul-constituency": return french ? "élection annulée" : "election annulled"
        case "settle-tie": return french ? "égalité tranchée" : "tie settled"
        case "publish-provisional": return french ? "résultats provisoires" : "provisional results"
        case "publish-final": return french ? "résultats définitifs" : "final results"
        case "sheets": return french ? "procès-verbaux" : "tally sheets"
        default: return kind
        }
    }

    /// An event that caused a change: `#10 list proclaimed elected: Cour constitutionnelle, …`,
    /// or `#9 5 sheet events` for sheets imported or keyed.
    public static func cause(sequence: Int, kind: String, text: String, language: Language) -> String {
        let french = language == .french
        if kind == "sheets" {
            let count = Int(text) ?? 0
            return "#\(sequence) "
                + (french
                    ? "\(count) événement\(count == 1 ? "" : "s") de procès-verbaux (imports et saisies)"
                    : "\(count) sheet event\(count == 1 ? "" : "s") (imports and entries)")
        }
        return "#\(sequence) " + eventKind(kind, language: language) + (text.isEmpty ? "" : ": " + text)
    }

    /// `1 seat`, `3 seats` / `1 siège`, `3 sièges`.
    public static func seatCount(_ count: Int, language: Language) -> String {
        let number = Format(language).number(count)
        if language == .french { return number + (count > 1 ? " sièges" : " siège") }
        return number + (count == 1 ? " seat" : " seats")
    }

    /// A field of a tally sheet, as the supervisor reads it: `voters`, `list LA-N1`.
    public static func sheetField(_ field: String, language: Language) -> String {
        guard language == .french else { return field }
        switch field {
        case "registered": return "inscrits"
        case "voters": return "votants"
        case "invalid": return "nuls"
        case "valid": return "exprimés"
        default: return field.hasPrefix("list ") ? "liste " + field.dropFirst(5) : field
        }
    }

    // Outcomes
    public static let elected = Message(en: "Elected", fr: "Élue")
    public static let runoff = Message(en: "Runoff", fr: "Second tour")
    public static let tie = Message(en: "Tie", fr: "Égalité")
    public static let countingLeads = Message(en: "Counting, ahead", fr: "Dépouillement, en tête")
    public static let countingNothing = Message(en: "Counting", fr: "Dépouillement")
    public static let annulled = Message(
        en: "Annulled by a ruling; a new vote is due",
        fr: "Annulée par une décision ; un nouveau scrutin est dû"
    )
    public static let blocked = Message(
        en: "Blocked by quarantined sheets",
        fr: "Bloquée par des feuilles en quarantaine"
    )
    public static let decidedEarlier = Message(en: "Decided in an earlier round", fr: "Décidée à un tour précédent")
    public static let awaitingEarlier = Message(en: "Awaiting the earlier round", fr: "En attente du tour précédent")
    public static let tieForSeats = Message(
        en: "equal votes for the seats; to be settled (lots or court)",
        fr: "égalité de voix pour les sièges ; à départager (tirage au sort ou Cour)"
    )
    public static let rulingNeeded = Message(en: "ruling needed", fr: "décision nécessaire")
    public static let vacancy = Message(
        en: "no majority and too few lists for the runoff ({0} place(s) empty: lists disqualified); "
            + "the court decides (overturn or runoff)",
        fr: "pas de majorité et trop peu de listes pour le second tour ({0} place(s) vide(s) : listes invalidées) ; "
            + "la Cour décide (overturn ou runoff)"
    )
    public static let tieForRunoff = Message(
        en: "equal votes for {0} runoff place(s); to be settled (lots or court)",
        fr: "égalité de voix pour {0} place(s) au second tour ; à départager (tirage au sort ou Cour)"
    )

    // Seats
    public static let seatsByParty = Message(en: "Seats by party", fr: "Sièges par parti")
    public static let majorityLine = Message(
        en: "Majority: {0} of {1} seats.",
        fr: "Majorité : {0} sièges sur {1}."
    )
    public static let majorityNobody = Message(en: "No party holds it.", fr: "Aucun parti ne l’atteint.")
    public static let majorityHeld = Message(en: "{0} holds it with {1} seats.", fr: "{0} l’atteint avec {1} sièges.")
    public static let undecidedSeats = Message(
        en: "Seats not yet decided: {0}.",
        fr: "Sièges non encore attribués : {0}."
    )
    public static let unfilledSeats = Message(
        en: "Seats won by lists too short to fill them: {0}.",
        fr: "Sièges gagnés par des listes trop courtes : {0}."
    )
    public static let womenElected = Message(
        en: "Women elected: {0} of {1} ({2}).",
        fr: "Femmes élues : {0} sur {1} ({2})."
    )

    // Checks
    public static let summaryClean = Message(en: "No problem found.", fr: "Aucun problème trouvé.")
    public static let summary = Message(
        en: "{0} error(s), {1} warning(s); {2} sheet(s) quarantined.",
        fr: "{0} erreur(s), {1} avertissement(s) ; {2} feuille(s) en quarantaine."
    )
    public static let cannotRead = Message(
        en: "The bundle cannot be read; nothing was loaded. Fix these and run again:",
        fr: "Le dossier est illisible ; rien n’a été chargé. Corrigez ceci puis relancez :"
    )
}
