/// A word or a fixed phrase of what Scrutin prints: names of roles and severities, table headers,
/// outcomes, the lines of reports that name nothing.
public enum Word: MessageEntry, CaseIterable {
    // Roles
    case administrator
    case clerk
    case supervisor
    case ministry
    case court

    // Severities of checks
    case warning
    case error
    case fatal

    // Electoral systems
    case twoRoundBlockVote

    // Table headers and labels
    case round
    case seats
    case seatsTitle
    case majority
    case stations
    case counted
    case closed
    case quarantined
    case missing
    case registered
    case voters
    case turnout
    case invalid
    case valid
    case region
    case regions
    case constituency
    case constituencies
    case code
    case result
    case list
    case name
    case parties
    case party
    case votes
    case share
    case total
    case change
    case women
    case state
    case independents
    case new
    case decided
    case synthetic
    case notHeld

    case outcome
    case ruling
    case timeUTC
    case actor
    case role
    case kind
    case detail
    case before
    case after
    case because
    case versus

    // Outcomes
    case elected
    case runoff
    case tie
    case countingLeads
    case countingNothing
    case annulled
    case blocked
    case decidedEarlier
    case awaitingEarlier
    case tieForSeats
    case rulingNeeded

    // Seats
    case seatsByParty
    case majorityNobody

    // Checks and refusals
    case severity
    case meaning
    case summaryClean
    case cannotRead

    public var message: Message {
        switch self {
        case .administrator: Message(en: "administrator", fr: "administrateur")
        case .clerk: Message(en: "clerk", fr: "agent de saisie")
        case .supervisor: Message(en: "supervisor", fr: "superviseur")
        case .ministry: Message(en: "ministry", fr: "ministère")
        case .court: Message(en: "court", fr: "Cour")
        case .warning: Message(en: "warning", fr: "avertissement")
        case .error: Message(en: "error", fr: "erreur")
        case .fatal: Message(en: "fatal", fr: "bloquant")
        case .twoRoundBlockVote: Message(en: "Two-round block vote", fr: "Scrutin de liste majoritaire à deux tours")
        case .round: Message(en: "Round", fr: "Tour")
        case .seats: Message(en: "seats", fr: "sièges")
        case .seatsTitle: Message(en: "Seats", fr: "Sièges")
        case .majority: Message(en: "majority", fr: "majorité")
        case .stations: Message(en: "Stations", fr: "Bureaux")
        case .counted: Message(en: "counted", fr: "dépouillés")
        case .closed: Message(en: "not opened", fr: "non ouverts")
        case .quarantined: Message(en: "quarantined", fr: "en quarantaine")
        case .missing: Message(en: "missing", fr: "manquants")
        case .registered: Message(en: "Registered", fr: "Inscrits")
        case .voters: Message(en: "Voters", fr: "Votants")
        case .turnout: Message(en: "Turnout", fr: "Participation")
        case .invalid: Message(en: "Invalid", fr: "Nuls")
        case .valid: Message(en: "Valid", fr: "Exprimés")
        case .region: Message(en: "Region", fr: "Région")
        case .regions: Message(en: "Regions", fr: "Régions")
        case .constituency: Message(en: "Constituency", fr: "Circonscription")
        case .constituencies: Message(en: "Constituencies", fr: "Circonscriptions")
        case .code: Message(en: "Code", fr: "Code")
        case .result: Message(en: "Result", fr: "Résultat")
        case .list: Message(en: "List", fr: "Liste")
        case .name: Message(en: "Name", fr: "Nom")
        case .parties: Message(en: "Parties", fr: "Partis")
        case .party: Message(en: "Party", fr: "Parti")
        case .votes: Message(en: "Votes", fr: "Voix")
        case .share: Message(en: "Share", fr: "Part")
        case .total: Message(en: "Total", fr: "Total")
        case .change: Message(en: "+/−", fr: "+/−")
        case .women: Message(en: "Women", fr: "Femmes")
        case .state: Message(en: "State", fr: "État")
        case .independents: Message(en: "Independents", fr: "Indépendants")
        case .new: Message(en: "new", fr: "nouveau")
        case .decided: Message(en: "decided", fr: "décidées")
        case .synthetic:
            Message(
                en: "SYNTHETIC DATA: made by a generator; not the results of any election.",
                fr: "DONNÉES SYNTHÉTIQUES : produites par un générateur ; ce ne sont les résultats d’aucune élection."
            )
        case .notHeld: Message(en: "no tally sheet yet", fr: "aucune feuille de dépouillement pour l’instant")
        case .outcome: Message(en: "Outcome", fr: "Issue")
        case .ruling: Message(en: "Ruling", fr: "Décision")
        case .timeUTC: Message(en: "Time (UTC)", fr: "Heure (UTC)")
        case .actor: Message(en: "Actor", fr: "Acteur")
        case .role: Message(en: "Role", fr: "Rôle")
        case .kind: Message(en: "Kind", fr: "Type")
        case .detail: Message(en: "Detail", fr: "Détail")
        case .before: Message(en: "Before", fr: "Avant")
        case .after: Message(en: "After", fr: "Après")
        case .because: Message(en: "Because of", fr: "Cause")
        case .versus: Message(en: "vs", fr: "contre")
        case .elected: Message(en: "Elected", fr: "Élue")
        case .runoff: Message(en: "Runoff", fr: "Second tour")
        case .tie: Message(en: "Tie", fr: "Égalité")
        case .countingLeads: Message(en: "Counting, ahead", fr: "Dépouillement, en tête")
        case .countingNothing: Message(en: "Counting", fr: "Dépouillement")
        case .annulled:
            Message(
                en: "Annulled by a ruling; a new vote is due",
                fr: "Annulée par une décision ; un nouveau scrutin est dû"
            )
        case .blocked: Message(en: "Blocked by quarantined sheets", fr: "Bloquée par des feuilles en quarantaine")
        case .decidedEarlier: Message(en: "Decided in an earlier round", fr: "Décidée à un tour précédent")
        case .awaitingEarlier: Message(en: "Awaiting the earlier round", fr: "En attente du tour précédent")
        case .tieForSeats:
            Message(
                en: "equal votes for the seats; to be settled (lots or court)",
                fr: "égalité de voix pour les sièges ; à départager (tirage au sort ou Cour)"
            )
        case .rulingNeeded: Message(en: "ruling needed", fr: "décision nécessaire")
        case .seatsByParty: Message(en: "Seats by party", fr: "Sièges par parti")
        case .majorityNobody: Message(en: "No party holds it.", fr: "Aucun parti ne l’atteint.")
        case .severity: Message(en: "Severity", fr: "Gravité")
        case .meaning: Message(en: "Meaning", fr: "Signification")
        case .summaryClean: Message(en: "No problem found.", fr: "Aucun problème trouvé.")
        case .cannotRead:
            Message(
                en: "The bundle cannot be read; nothing was loaded. Fix these and run again:",
                fr: "Le dossier est illisible ; rien n’a été chargé. Corrigez ceci puis relancez :"
            )
        }
    }
}
