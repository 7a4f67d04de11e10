/// What the record's reports say: the journal (`scrutin log`), declared results, what changed
/// (`scrutin diff`), the double entry of a sheet (`scrutin queue`).
public enum RecordText: MessageEntry {
    // The journal
    case eventsShown(shown: Int, of: Int)
    case definition(files: String)
    case trustedImport(round: Int, source: String, files: String, bytes: String)
    case entry(figures: String)
    case keeps(DataEntryState.Choice)
    case sendsBack
    case trusted(source: String)
    case sheetEvent(round: Int, station: String, what: String)
    case publication(round: Int, Stage)
    case declared(constituencies: Int, national: Bool, seats: Bool)
    case annulsSheet(round: Int, station: String)
    case correctsSheet(round: Int, station: String, figures: String)
    case notOpened(round: Int, station: String, reason: String)
    case disqualifies(list: String)
    case overturn(round: Int, constituency: String, list: String)
    case runoff(round: Int, constituency: String, lists: [String])
    case annulsConstituency(round: Int, constituency: String)
    case settlesTie(round: Int, constituency: String, lists: [String], draw: String)

    // Declared results
    case declaredAt(Int)
    case roundHeading(Int)
    case nationalLine(registered: String, voters: String, turnout: String, invalid: String, valid: String)
    case asPublished
    case seatsDeclared
    case outcome(ResultsSnapshot.Outcome)

    // What changed
    case changedBetween(from: Int, fromTime: String, fromWhat: String, to: Int, toTime: String, toWhat: String)
    case noChange
    case constituenciesHeading(count: Int, seats: Int)
    case knownLater(count: Int, seats: Int)
    case nationalHeading
    case rulingsHeading(Int)
    case unexplainedChanges(Int)
    case unexplained
    case eventKind(String)
    case cause(sequence: Int, kind: String, text: String)

    // Double entry
    case sheetState(station: String, round: Int, DataEntryState)
    case differences([SheetField])

    public var message: Message {
        switch self {
        case .eventsShown(let shown, let total):
            Message(
                en: "\(shown) of \(total) event\(total == 1 ? "" : "s")",
                fr: "\(shown) événement\(shown == 1 ? "" : "s") sur \(total)"
            )
        case .definition(let files): Message(en: "definition: \(files)", fr: "définition : \(files)")
        case .trustedImport(let round, let source, let files, let bytes):
            Message(
                en: "round \(round): trusted import from '\(source)' (\(files), \(bytes) bytes)",
                fr: "tour \(round) : import de confiance de « \(source) » (\(files), \(bytes) octets)"
            )
        case .entry(let figures): Message(en: "entry \(figures)", fr: "saisie \(figures)")
        case .keeps(let choice):
            Message(
                en: "keeps the \(choice.rawValue) entry",
                fr: "garde la \(choice == .first ? "première" : "seconde") saisie"
            )
        case .sendsBack: Message(en: "sends back to be keyed again", fr: "renvoie à la saisie")
        case .trusted(let source): Message(en: "trusted: \(source)", fr: "import de confiance : \(source)")
        case .sheetEvent(let round, let station, let what):
            Message(en: "round \(round), station \(station): \(what)", fr: "tour \(round), bureau \(station) : \(what)")
        case .publication(let round, let stage):
            Message(
                en: "round \(round): \(stage.rawValue) results",
                fr: "tour \(round) : résultats \(stage == .provisional ? "provisoires" : "définitifs")"
            )
        case .declared(let constituencies, let national, let seats):
            Message(
                en: " as declared (\(constituencies) constituencies" + (national ? ", national figures" : "")
                    + (seats ? ", seats by party" : "") + ")",
                fr: " déclarés (\(constituencies) circonscriptions" + (national ? ", chiffres nationaux" : "")
                    + (seats ? ", sièges par parti" : "") + ")"
            )
        case .annulsSheet(let round, let station):
            Message(
                en: "annuls station \(station)'s sheet, round \(round)",
                fr: "annule le procès-verbal du bureau \(station) au tour \(round)"
            )
        case .correctsSheet(let round, let station, let figures):
            Message(
                en: "corrects station \(station)'s sheet, round \(round): \(figures)",
                fr: "rectifie le procès-verbal du bureau \(station) au tour \(round) : \(figures)"
            )
        case .notOpened(let round, let station, let reason):
            Message(
                en: "station \(station) did not open, round \(round) (\(reason))",
                fr: "bureau \(station) non ouvert au tour \(round) (\(reason))"
            )
        case .disqualifies(let list): Message(en: "disqualifies list \(list)", fr: "invalide la liste \(list)")
        case .overturn(let round, let constituency, let list):
            Message(
                en: "\(constituency), round \(round): proclaims list \(list) elected",
                fr: "\(constituency), tour \(round) : proclame la liste \(list) élue"
            )
        case .runoff(let round, let constituency, let lists):
            Message(
                en: "\(constituency), round \(round): runoff "
                    + (lists.isEmpty ? "pair not named" : lists.joined(separator: " vs ")),
                fr: "\(constituency), tour \(round) : second tour "
                    + (lists.isEmpty ? "paire non précisée" : lists.joined(separator: " contre "))
            )
        case .annulsConstituency(let round, let constituency):
            Message(
                en: "\(constituency), round \(round): election annulled",
                fr: "\(constituency), tour \(round) : élection annulée"
            )
        case .settlesTie(let round, let constituency, let lists, let draw):
            Message(
                en: "\(constituency), round \(round): tie settled for \(lists.joined(separator: ", ")) (\(draw))",
                fr: "\(constituency), tour \(round) : égalité tranchée pour \(lists.joined(separator: ", ")) (\(draw))"
            )
        case .declaredAt(let sequence):
            Message(
                en: "Results as declared at event \(sequence)",
                fr: "Résultats déclarés à l’événement \(sequence)"
            )
        case .roundHeading(let round): Message(en: "ROUND \(round)", fr: "TOUR \(round)")
        case .nationalLine(let registered, let voters, let turnout, let invalid, let valid):
            Message(
                en: "Registered \(registered) · voters \(voters) · turnout \(turnout) · invalid \(invalid) · valid "
                    + valid,
                fr: "Inscrits \(registered) · votants \(voters) · participation \(turnout) · nuls \(invalid) · "
                    + "exprimés \(valid)"
            )
        case .asPublished:
            Message(
                en: "(figures as published: voters ≠ invalid + valid)",
                fr: "(chiffres tels que publiés : votants ≠ nuls + exprimés)"
            )
        case .seatsDeclared: Message(en: "SEATS BY PARTY (as declared)", fr: "SIÈGES PAR PARTI (tels que déclarés)")
        case .outcome(let outcome):
            switch outcome {
            case .elected(let list): Message(en: "elected " + list.label, fr: "élue " + list.label)
            case .runoff(let lists) where lists.isEmpty: Message(en: "runoff", fr: "second tour")
            case .runoff(let lists):
                Message(
                    en: "runoff " + lists.map(\.label).joined(separator: " vs "),
                    fr: "second tour " + lists.map(\.label).joined(separator: " contre ")
                )
            case .tie: Message(en: "tie", fr: "égalité")
            case .counting: Message(en: "counting", fr: "dépouillement")
            case .blocked: Message(en: "blocked", fr: "bloquée")
            case .annulled: Message(en: "annulled", fr: "annulée")
            case .notContested: Message(en: "—", fr: "—")
            case .unknown: Message(en: "unknown", fr: "inconnu")
            }
        case .changedBetween(let from, let fromTime, let fromWhat, let to, let toTime, let toWhat):
            Message(
                en: "WHAT CHANGED between event \(from) (\(fromTime), \(fromWhat))\n"
                    + "               and event \(to) (\(toTime), \(toWhat))",
                fr: "CHANGEMENTS entre l’événement \(from) (\(fromTime), \(fromWhat))\n"
                    + "              et l’événement \(to) (\(toTime), \(toWhat))"
            )
        case .noChange: Message(en: "The results did not change.", fr: "Aucun changement des résultats.")
        case .constituenciesHeading(let count, let seats):
            Message(en: "CONSTITUENCIES (\(count), \(seats) seats)", fr: "CIRCONSCRIPTIONS (\(count), \(seats) sièges)")
        case .knownLater(let count, let seats):
            Message(
                en: "KNOWN ONLY AT THE LATER MOMENT (\(count), \(seats) seats): ",
                fr: "CONNUES SEULEMENT AU SECOND MOMENT (\(count), \(seats) sièges) : "
            )
        case .nationalHeading: Message(en: "NATIONAL FIGURES", fr: "CHIFFRES NATIONAUX")
        case .rulingsHeading(let count):
            Message(en: "RULINGS IN BETWEEN (\(count))", fr: "DÉCISIONS ENTRE LES DEUX (\(count))")
        case .unexplainedChanges(let count):
            Message(
                en: "⚠ \(count) change(s) with no ruling or declaration to explain them.",
                fr: "⚠ \(count) changement(s) sans décision ni déclaration qui l’explique."
            )
        case .unexplained: Message(en: "(unexplained)", fr: "(inexpliqué)")
        case .eventKind(let kind):
            switch kind {
            case "overturn": Message(en: "list proclaimed elected", fr: "liste proclamée élue")
            case "declare-runoff": Message(en: "runoff pair named", fr: "paire du second tour")
            case "annul-sheet": Message(en: "sheet annulled", fr: "procès-verbal annulé")
            case "correct-sheet": Message(en: "sheet corrected", fr: "procès-verbal rectifié")
            case "not-opened": Message(en: "station not opened", fr: "bureau non ouvert")
            case "disqualify-list": Message(en: "list disqualified", fr: "liste invalidée")
            case "annul-constituency": Message(en: "election annulled", fr: "élection annulée")
            case "settle-tie": Message(en: "tie settled", fr: "égalité tranchée")
            case "publish-provisional": Message(en: "provisional results", fr: "résultats provisoires")
            case "publish-final": Message(en: "final results", fr: "résultats définitifs")
            case "sheets": Message(en: "tally sheets", fr: "procès-verbaux")
            default: Message(en: kind, fr: kind)
            }
        case .cause(let sequence, "sheets", let text):
            Message(
                en: "#\(sequence) \(Int(text) ?? 0) sheet event\(Int(text) == 1 ? "" : "s") (imports and entries)",
                fr: "#\(sequence) \(Int(text) ?? 0) événement\(Int(text) == 1 ? "" : "s") de procès-verbaux "
                    + "(imports et saisies)"
            )
        case .cause(let sequence, let kind, let text):
            Message(
                en: "#\(sequence) " + Self.eventKind(kind).message.english + (text.isEmpty ? "" : ": " + text),
                fr: "#\(sequence) " + Self.eventKind(kind).message.french + (text.isEmpty ? "" : " : " + text)
            )
        case .sheetState(let station, let round, let state):
            Self.sheetState(station: station, round: round, state)
        case .differences(let fields):
            Message(
                en: fields.map(\.message.english).joined(separator: ", "),
                fr: fields.map(\.message.french).joined(separator: ", ")
            )
        }
    }

    private static func sheetState(station: String, round: Int, _ state: DataEntryState) -> Message {
        let sheet = Message(en: "station \(station), round \(round)", fr: "bureau \(station), tour \(round)")
        let what: Message
        switch state {
        case .empty:
            what = Message(en: "to be keyed", fr: "à saisir")
        case .keyedOnce(_, let clerk):
            what = Message(
                en: "keyed once (by \(clerk)); another clerk must key it again",
                fr: "saisi une fois (par \(clerk)) ; un autre agent doit le saisir à nouveau"
            )
        case .different(let first, let firstClerk, let second, let secondClerk):
            let fields = differences(first.differences(from: second)).message
            what = Message(
                en: "the entries of \(firstClerk) and \(secondClerk) differ (\(fields.english)); a supervisor must "
                    + "settle it",
                fr: "les saisies de \(firstClerk) et \(secondClerk) diffèrent (\(fields.french)) ; un superviseur doit "
                    + "trancher"
            )
        case .accepted(_, .doubleEntry(let a, let b)):
            what = Message(en: "accepted, \(a) and \(b) agree", fr: "accepté, saisies concordantes de \(a) et \(b)")
        case .accepted(_, .supervisor(let supervisor, let kept)):
            what = Message(
                en: "accepted, \(supervisor) kept the \(kept) entry",
                fr: "accepté, \(supervisor) a gardé la \(kept == "first" ? "première" : "seconde") saisie"
            )
        case .accepted(_, .trusted(let source)):
            what = Message(
                en: "accepted without double entry (\(source))",
                fr: "accepté sans double saisie (\(source))"
            )
        }
        return Message(en: sheet.english + ": " + what.english, fr: sheet.french + " : " + what.french)
    }

    public static var samples: [RecordText] {
        let entry = SheetEntry(station: "N1-01", registered: 500, voters: 300, invalid: 10, valid: 290, votes: [])
        var other = entry
        other.voters = 301
        return [
            .eventsShown(shown: 2, of: 9), .definition(files: "parties.csv"),
            .trustedImport(round: 1, source: "transmission 1", files: "round-1/sheets.csv", bytes: "1,024"),
            .entry(figures: "300/10/290"), .keeps(.first), .sendsBack, .trusted(source: "transmission 1"),
            .sheetEvent(round: 1, station: "N1-01", what: "sends back"), .publication(round: 1, .final),
            .declared(constituencies: 55, national: true, seats: true), .annulsSheet(round: 1, station: "N1-01"),
            .correctsSheet(round: 1, station: "N1-01", figures: "300/10/290"),
            .notOpened(round: 1, station: "N1-01", reason: "flood"), .disqualifies(list: "LA-N1"),
            .overturn(round: 2, constituency: "N1", list: "LA-N1"),
            .runoff(round: 1, constituency: "N1", lists: ["LA-N1", "LB-N1"]),
            .annulsConstituency(round: 1, constituency: "N1"),
            .settlesTie(round: 1, constituency: "N1", lists: ["LA-N1"], draw: "lots"), .declaredAt(12),
            .roundHeading(1),
            .nationalLine(registered: "500", voters: "300", turnout: "60,00\u{00A0}%", invalid: "10", valid: "290"),
            .asPublished, .seatsDeclared, .outcome(.tie),
            .changedBetween(from: 1, fromTime: "2020-04-01", fromWhat: "a", to: 9, toTime: "2020-04-30", toWhat: "b"),
            .noChange, .constituenciesHeading(count: 7, seats: 30), .knownLater(count: 2, seats: 4),
            .nationalHeading, .rulingsHeading(12), .unexplainedChanges(1), .unexplained, .eventKind("overturn"),
            .cause(sequence: 9, kind: "overturn", text: "CC, n°7"),
            .sheetState(
                station: "N1-01",
                round: 2,
                .different(
                    first: entry,
                    firstClerk: "clerk-a",
                    second: other,
                    secondClerk: "clerk-b"
                )
            ),
            .differences([.voters, .list("LA-N1")]),
        ]
    }
}
