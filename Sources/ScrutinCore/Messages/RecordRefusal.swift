/// Why the record refuses an event: every refusal of `ElectionRecord`, with its code
/// (`RefusalCatalogue`) and its message.
///
/// Values from people or files are given already made safe to show (`Problem.displayable`).
public enum RecordRefusal: MessageEntry, Hashable {
    // R0: the event itself
    case outOfOrder(sequence: Int, expected: Int)
    case invalidTime(String)
    case timeBeforePrevious(time: String, previous: String)
    case oneRole(name: String, known: Role, since: Int, role: Role)
    case roleMayNotRecord(Role, kind: String, allowed: [Role])
    case notDefined
    case definedAlready
    case filesDoNotLoad([Problem])
    case emptyText(RecordField)
    case spaceAtEnds(RecordField, value: String)
    case forbiddenCharacter(RecordField, value: String)
    case textTooLong(RecordField)
    case mixedScripts(RecordField, value: String, scripts: String)
    case noSuchRound(Int, rounds: Int)
    case declaredNotSheets
    case unknownStation(String)
    case unknownConstituency(String)
    case unknownList(String)
    case listNotInConstituency(list: String, constituency: String)
    case unknownParty(String)

    // R1: imports
    case notARoundFile(path: String, round: Int)
    case importNeedsSheets(String)
    case importUnknownStation(location: String, station: String, more: Int)
    case importedAlready(station: String, round: Int)
    case importWhileKeyed(station: String, round: Int)
    case importAfterRuling(station: String, round: Int)
    case importClosedEarlier(station: String, round: Int)
    case closedWithSheet(station: String, round: Int)
    case finalProclaimed(round: Int, sequence: Int)
    case decidedEarlier(station: String?, constituency: String, round: Int)
    case runoffNotKnown(station: String?, constituency: String, round: Int)

    // R2: sheets and double entry
    case sheetExcluded(station: String, round: Int, reason: String)
    case sheetCorrected(station: String, round: Int)
    case sheetImported(station: String, round: Int)
    case otherStationSheet(given: String, station: String)
    case negativeCount(SheetField, value: Int)
    case listTwice
    case entryRefused(DataEntryState.Refusal, station: String, round: Int)

    // R3: rulings
    case rulingDateFormat(String)
    case rulingDateTooEarly(date: String, firstRound: String)
    case rulingDateAfterEvent(date: String, time: String)
    case rulingNumberReused(cited: String, sequence: Int, date: String)
    case rulingSameSubject(cited: String, sequence: Int)
    case courtBallots(voters: Int, invalid: Int, valid: Int, sum: String)
    case courtVotesOverflow
    case courtVotes(votes: Int, valid: Int)
    case nothingToAnnul(station: String, round: Int)
    case lastRound(Int)
    case runoffPair(given: [String])
    case vacancyNotTie(constituency: String, round: Int)
    case noTieToSettle(constituency: String, round: Int)
    case notInRunoff(list: String, constituency: String, round: Int, pair: [String])

    // R4: publications
    case publishedBeforeEarlierRound(Int)
    case provisionalAfterFinal(Int)
    case finalNeedsProvisional(Int)
    case finalAlready(Int)
    case declaredWithSheets
    case declaredRunoffPair

    // R5: stored files and checkpoints
    case storedFileUnreadable(path: String, reason: String)
    case storedFileChanged(path: String, sha256: String)
    case storedFileMissing(path: String, sha256: String)
    case checkpointUnusable(sequence: Int, CheckpointFlaw)

    /// The refusal's stable code.
    public var code: RefusalCode {
        switch self {
        case .outOfOrder: "R001"
        case .invalidTime: "R002"
        case .timeBeforePrevious: "R003"
        case .oneRole: "R004"
        case .roleMayNotRecord: "R005"
        case .notDefined: "R006"
        case .definedAlready: "R007"
        case .filesDoNotLoad: "R008"
        case .emptyText: "R009"
        case .spaceAtEnds: "R010"
        case .forbiddenCharacter: "R011"
        case .textTooLong: "R012"
        case .mixedScripts: "R013"
        case .noSuchRound: "R014"
        case .declaredNotSheets: "R015"
        case .unknownStation: "R016"
        case .unknownConstituency: "R017"
        case .unknownList: "R018"
        case .listNotInConstituency: "R019"
        case .unknownParty: "R020"
        case .notARoundFile: "R101"
        case .importNeedsSheets: "R102"
        case .importUnknownStation: "R103"
        case .importedAlready: "R104"
        case .importWhileKeyed: "R105"
        case .importAfterRuling: "R106"
        case .importClosedEarlier: "R107"
        case .closedWithSheet: "R108"
        case .finalProclaimed: "R109"
        case .decidedEarlier: "R110"
        case .runoffNotKnown: "R111"
        case .sheetExcluded: "R201"
        case .sheetCorrected: "R202"
        case .sheetImported: "R203"
        case .otherStationSheet: "R204"
        case .negativeCount: "R205"
        case .listTwice: "R206"
        case .entryRefused(let refusal, _, _):
            switch refusal {
            case .roleMayNot: "R207"
            case .sameClerk: "R208"
            case .alreadyAccepted: "R209"
            case .alreadyKeyed: "R210"
            case .awaitingSupervisor: "R211"
            case .nothingToSettle: "R212"
            case .ownEntry: "R213"
            case .otherStation: "R214"
            }
        case .rulingDateFormat: "R301"
        case .rulingDateTooEarly: "R302"
        case .rulingDateAfterEvent: "R303"
        case .rulingNumberReused: "R304"
        case .rulingSameSubject: "R305"
        case .courtBallots: "R306"
        case .courtVotesOverflow: "R307"
        case .courtVotes: "R308"
        case .nothingToAnnul: "R309"
        case .lastRound: "R310"
        case .runoffPair: "R311"
        case .vacancyNotTie: "R312"
        case .noTieToSettle: "R313"
        case .notInRunoff: "R314"
        case .publishedBeforeEarlierRound: "R401"
        case .provisionalAfterFinal: "R402"
        case .finalNeedsProvisional: "R403"
        case .finalAlready: "R404"
        case .declaredWithSheets: "R405"
        case .declaredRunoffPair: "R406"
        case .storedFileUnreadable: "R501"
        case .storedFileChanged: "R502"
        case .storedFileMissing: "R503"
        case .checkpointUnusable: "R504"
        }
    }

    public var message: Message {
        switch self {
        case .outOfOrder(let sequence, let expected):
            Message(
                en: "event number \(sequence) out of order: the journal's next number is \(expected)",
                fr: "événement n° \(sequence) hors d’ordre : le numéro suivant du journal est \(expected)"
            )
        case .invalidTime(let time):
            Message(
                en: "time '\(time)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)",
                fr: "l’heure « \(time) » n’est ni AAAA-MM-JJ ni AAAA-MM-JJTHH:MM:SSZ (UTC)"
            )
        case .timeBeforePrevious(let time, let previous):
            Message(
                en: "time \(time) is before the previous event's (\(previous))",
                fr: "l’heure \(time) précède celle de l’événement précédent (\(previous))"
            )
        case .oneRole(let name, let known, let since, let role):
            Message(
                en: "\(name) acts as \(known.rawValue) in this record (since event \(since)) "
                    + "and may not act as \(role.rawValue): one person, one role",
                fr: "\(name) agit comme \(known.label.french) dans ce registre (depuis l’événement \(since)) "
                    + "et ne peut agir comme \(role.label.french) : une personne, un rôle"
            )
        case .roleMayNotRecord(let role, let kind, let allowed):
            Message(
                en: "a \(role.rawValue) may not record '\(kind)' (allowed: "
                    + allowed.map(\.rawValue).sorted().joined(separator: ", ") + ")",
                fr: "un \(role.label.french) ne peut pas enregistrer « \(kind) » (autorisé : "
                    + allowed.map(\.label.french).sorted().joined(separator: ", ") + ")"
            )
        case .notDefined:
            Message(
                en: "the election is not defined yet: the first event must define it",
                fr: "l’élection n’est pas encore définie : le premier événement doit la définir"
            )
        case .definedAlready:
            Message(
                en: "the election is defined already (event 1)",
                fr: "l’élection est déjà définie (événement 1)"
            )
        case .filesDoNotLoad(let problems):
            Message(
                en: "the files do not load (\(problems.count) fatal problems):\n  " + Self.lines(problems, .english),
                fr: "les fichiers ne se chargent pas (\(problems.count) problèmes bloquants) :\n  "
                    + Self.lines(problems, .french)
            )
        case .emptyText(let field):
            Message(en: "\(field.message.english) is empty", fr: "\(field.message.french) est vide")
        case .spaceAtEnds(let field, let value):
            Message(
                en: "\(field.message.english) '\(value)' begins or ends with a space",
                fr: "\(field.message.french) « \(value) » commence ou finit par une espace"
            )
        case .forbiddenCharacter(let field, let value):
            Message(
                en: "\(field.message.english) '\(value)' holds a control or invisible character",
                fr: "\(field.message.french) « \(value) » contient un caractère de contrôle ou invisible"
            )
        case .textTooLong(let field):
            Message(
                en: "\(field.message.english) is longer than 1,000 characters",
                fr: "\(field.message.french) dépasse 1 000 caractères"
            )
        case .mixedScripts(let field, let value, let scripts):
            Message(
                en: "\(field.message.english) '\(value)' mixes scripts (\(scripts)): a name is written in one script, "
                    + "so that it cannot pass for another",
                fr: "\(field.message.french) « \(value) » mêle des écritures (\(scripts)) : un nom s’écrit dans une "
                    + "seule écriture, pour ne pas passer pour un autre"
            )
        case .noSuchRound(let round, let rounds):
            Message(
                en: "round \(round) does not exist: the election has \(rounds) round\(rounds == 1 ? "" : "s")",
                fr: "le tour \(round) n’existe pas : l’élection a \(rounds) tour\(rounds == 1 ? "" : "s")"
            )
        case .declaredNotSheets:
            Message(
                en: "this record holds declared results, not tally sheets",
                fr: "ce registre contient des résultats déclarés, pas des procès-verbaux"
            )
        case .unknownStation(let code):
            Message(
                en: "station '\(code)' does not exist in the election",
                fr: "le bureau « \(code) » n’existe pas dans l’élection"
            )
        case .unknownConstituency(let code):
            Message(
                en: "constituency '\(code)' does not exist in the election",
                fr: "la circonscription « \(code) » n’existe pas dans l’élection"
            )
        case .unknownList(let code):
            Message(
                en: "list '\(code)' does not exist in the election",
                fr: "la liste « \(code) » n’existe pas dans l’élection"
            )
        case .listNotInConstituency(let list, let constituency):
            Message(
                en: "list '\(list)' does not run in \(constituency)",
                fr: "la liste « \(list) » ne se présente pas dans \(constituency)"
            )
        case .unknownParty(let code):
            Message(
                en: "party '\(code)' does not exist in the election",
                fr: "le parti « \(code) » n’existe pas dans l’élection"
            )
        case .notARoundFile(let path, let round):
            Message(
                en: "file '\(path)' is not a file of round \(round) (sheets.csv, votes.csv, closed.csv)",
                fr: "le fichier « \(path) » n’est pas un fichier du tour \(round) (sheets.csv, votes.csv, closed.csv)"
            )
        case .importNeedsSheets(let path):
            Message(en: "an import needs \(path)", fr: "un import demande \(path)")
        case .importUnknownStation(let location, let station, let more):
            Message(
                en: "\(location): station '\(station)' is not a station of this election"
                    + (more > 0 ? " (+\(more))" : "")
                    + "; an import is refused whole when it names stations the election does not have",
                fr: "\(location) : le bureau « \(station) » n’est pas un bureau de cette élection"
                    + (more > 0 ? " (+\(more))" : "")
                    + " ; un import qui nomme des bureaux inconnus est refusé en entier"
            )
        case .importedAlready(let station, let round):
            Message(
                en: "station \(station) already has a round-\(round) sheet from an earlier import",
                fr: "le bureau \(station) a déjà un procès-verbal du tour \(round) d’un import précédent"
            )
        case .importWhileKeyed(let station, let round):
            Message(
                en: "station \(station) is being keyed in round \(round): a trusted import would pass over that entry",
                fr: "le bureau \(station) est en cours de saisie au tour \(round) : un import de confiance passerait "
                    + "outre"
            )
        case .importAfterRuling(let station, let round):
            Message(
                en: "a ruling already settled station \(station)'s round-\(round) sheet",
                fr: "une décision a déjà statué sur le procès-verbal du bureau \(station) au tour \(round)"
            )
        case .importClosedEarlier(let station, let round):
            Message(
                en: "station \(station) did not open in round \(round), as recorded earlier: it can have no sheet",
                fr: "le bureau \(station) n’a pas ouvert au tour \(round), comme enregistré plus tôt : il n’a pas "
                    + "de procès-verbal"
            )
        case .closedWithSheet(let station, let round):
            Message(
                en: "station \(station) is said not to have opened, but round \(round) has a sheet or a record "
                    + "for it already",
                fr: "le bureau \(station) serait resté fermé, mais le tour \(round) a déjà un procès-verbal ou une "
                    + "trace pour lui"
            )
        case .finalProclaimed(let round, let sequence):
            Message(
                en: "round \(round)'s final results were proclaimed (event \(sequence)): its sheets now change only by "
                    + "a ruling",
                fr: "les résultats définitifs du tour \(round) sont proclamés (événement \(sequence)) : ses "
                    + "procès-verbaux ne changent plus que par une décision"
            )
        case .decidedEarlier(let station?, let constituency, let round):
            Message(
                en: "station \(station): \(constituency) has no round \(round), its seats were decided earlier",
                fr: "bureau \(station) : \(constituency) n’a pas de tour \(round), ses sièges ont été attribués avant"
            )
        case .decidedEarlier(nil, let constituency, let round):
            Message(
                en: "\(constituency) has no round \(round): its seats were decided earlier",
                fr: "\(constituency) n’a pas de tour \(round) : ses sièges ont été attribués avant"
            )
        case .runoffNotKnown(let station?, let constituency, let round):
            Message(
                en: "station \(station): \(constituency)'s runoff is not known yet (round \(round - 1) is not decided "
                    + "there)",
                fr: "bureau \(station) : le second tour de \(constituency) n’est pas encore connu (le tour "
                    + "\(round - 1) n’y est pas décidé)"
            )
        case .runoffNotKnown(nil, let constituency, let round):
            Message(
                en: "\(constituency)'s runoff is not known yet (round \(round - 1) is not decided there)",
                fr: "le second tour de \(constituency) n’est pas encore connu (le tour \(round - 1) n’y est pas "
                    + "décidé)"
            )
        case .sheetExcluded(let station, let round, let reason):
            Message(
                en: "station \(station)'s round-\(round) sheet was settled by a ruling (\(reason))",
                fr: "le procès-verbal du bureau \(station) au tour \(round) a été tranché par une décision (\(reason))"
            )
        case .sheetCorrected(let station, let round):
            Message(
                en: "station \(station)'s round-\(round) sheet was corrected by a ruling",
                fr: "le procès-verbal du bureau \(station) au tour \(round) a été rectifié par une décision"
            )
        case .sheetImported(let station, let round):
            Message(
                en: "station \(station)'s round-\(round) sheet came in a trusted import; only a ruling can change it",
                fr: "le procès-verbal du bureau \(station) au tour \(round) vient d’un import de confiance ; "
                    + "seule une décision peut le changer"
            )
        case .otherStationSheet(let given, let station):
            Message(
                en: "the sheet is for station '\(given)', not \(station)",
                fr: "le procès-verbal est celui du bureau « \(given) », pas de \(station)"
            )
        case .negativeCount(let field, let value):
            Message(
                en: "\(field.message.english) is negative (\(value))",
                fr: "\(field.message.french) : nombre négatif (\(value))"
            )
        case .listTwice:
            Message(en: "a list appears twice on the sheet", fr: "une liste figure deux fois sur le procès-verbal")
        case .entryRefused(let refusal, let station, let round):
            Self.entry(refusal, station: station, round: round)
        case .rulingDateFormat(let date):
            Message(
                en: "the ruling's date '\(date)' is not YYYY-MM-DD",
                fr: "la date de la décision « \(date) » n’est pas AAAA-MM-JJ"
            )
        case .rulingDateTooEarly(let date, let first):
            Message(
                en: "the ruling's date \(date) is more than a year before the election's first round (\(first))",
                fr: "la date de la décision \(date) précède de plus d’un an le premier tour de l’élection (\(first))"
            )
        case .rulingDateAfterEvent(let date, let time):
            Message(
                en: "the ruling's date \(date) is after the event's time (\(time)): a decision is recorded once it is "
                    + "made",
                fr: "la date de la décision \(date) est postérieure à l’heure de l’événement (\(time)) : "
                    + "une décision s’enregistre une fois rendue"
            )
        case .rulingNumberReused(let cited, let sequence, let date):
            Message(
                en: "\(cited) is cited already by event \(sequence) with the date \(date): one number, one decision",
                fr: "\(cited) est déjà citée par l’événement \(sequence) avec la date \(date) : un numéro, une "
                    + "décision"
            )
        case .rulingSameSubject(let cited, let sequence):
            Message(
                en: "\(cited) already ruled on this (event \(sequence)): another ruling on it is another decision, "
                    + "with its own number",
                fr: "\(cited) a déjà statué sur ce point (événement \(sequence)) : une autre décision à son sujet "
                    + "porte son propre numéro"
            )
        case .courtBallots(let voters, let invalid, let valid, let sum):
            Message(
                en: "the court's figures do not add up: voters \(voters) ≠ invalid \(invalid) + valid \(valid) "
                    + "(= \(sum))",
                fr: "les chiffres de la Cour ne concordent pas : votants \(voters) ≠ nuls \(invalid) + exprimés "
                    + "\(valid) (= \(sum))"
            )
        case .courtVotesOverflow:
            Message(
                en: "the court's figures do not add up: the lists' votes overflow",
                fr: "les chiffres de la Cour ne concordent pas : les voix des listes débordent"
            )
        case .courtVotes(let votes, let valid):
            Message(
                en: "the court's figures do not add up: the lists' votes add up to \(votes), not to the valid votes "
                    + "(\(valid))",
                fr: "les chiffres de la Cour ne concordent pas : les voix des listes font \(votes), non les suffrages "
                    + "exprimés (\(valid))"
            )
        case .nothingToAnnul(let station, let round):
            Message(
                en: "station \(station) has no accepted round-\(round) sheet to annul",
                fr: "le bureau \(station) n’a pas de procès-verbal accepté au tour \(round) à annuler"
            )
        case .lastRound(let round):
            Message(
                en: "round \(round) is the last round: it has no runoff",
                fr: "le tour \(round) est le dernier : il n’a pas de second tour"
            )
        case .runoffPair(let given):
            Message(
                en: "a runoff needs two different lists (given: \(given.joined(separator: ", ")))",
                fr: "un second tour demande deux listes différentes (données : \(given.joined(separator: ", ")))"
            )
        case .vacancyNotTie(let constituency, let round):
            Message(
                en: "\(constituency) has no tie in round \(round) but too few lists for its runoff: no draw settles "
                    + "it; the court rules with overturn or runoff",
                fr: "\(constituency) n’a pas d’égalité au tour \(round) mais trop peu de listes pour son second tour : "
                    + "aucun tirage ne le règle ; la Cour statue (overturn ou runoff)"
            )
        case .noTieToSettle(let constituency, let round):
            Message(
                en: "\(constituency) has no tie in round \(round) that these lists settle",
                fr: "\(constituency) n’a pas d’égalité au tour \(round) que ces listes départagent"
            )
        case .notInRunoff(let list, let constituency, let round, let pair):
            Message(
                en: "list \(list) was not in \(constituency)'s round-\(round) runoff (\(pair.joined(separator: ", ")))",
                fr: "la liste \(list) n’était pas au second tour de \(constituency) (\(pair.joined(separator: ", ")))"
            )
        case .publishedBeforeEarlierRound(let round):
            Message(
                en: "round \(round)'s results may not be published before round \(round - 1)'s",
                fr: "les résultats du tour \(round) ne peuvent être publiés avant ceux du tour \(round - 1)"
            )
        case .provisionalAfterFinal(let round):
            Message(
                en: "round \(round)'s final results are proclaimed already: provisional results come before",
                fr: "les résultats définitifs du tour \(round) sont déjà proclamés : les provisoires viennent avant"
            )
        case .finalNeedsProvisional(let round):
            Message(
                en: "round \(round)'s final results need provisional results published first",
                fr: "les résultats définitifs du tour \(round) demandent d’abord des résultats provisoires"
            )
        case .finalAlready(let round):
            Message(
                en: "round \(round)'s final results are proclaimed already (a later change is a ruling)",
                fr: "les résultats définitifs du tour \(round) sont déjà proclamés (un changement ultérieur est une "
                    + "décision)"
            )
        case .declaredWithSheets:
            Message(
                en: "this record holds tally sheets: its results are counted, not declared",
                fr: "ce registre contient des procès-verbaux : ses résultats sont comptés, non déclarés"
            )
        case .declaredRunoffPair:
            Message(en: "a runoff has two lists", fr: "un second tour oppose deux listes")
        case .storedFileUnreadable(let path, let reason):
            Message(
                en: "cannot read the stored copy of \(path): \(reason)",
                fr: "impossible de lire la copie conservée de \(path) : \(reason)"
            )
        case .storedFileChanged(let path, let sha256):
            Message(
                en: "cannot read the stored copy of \(path): " + StoreText.changedBlob(sha256: sha256).message.english,
                fr: "impossible de lire la copie conservée de \(path) : "
                    + StoreText.changedBlob(sha256: sha256).message.french
            )
        case .storedFileMissing(let path, let sha256):
            Message(
                en: "the stored copy of \(path) (sha256 \(sha256)) is missing or truncated",
                fr: "la copie conservée de \(path) (sha256 \(sha256)) manque ou est tronquée"
            )
        case .checkpointUnusable(let sequence, let flaw):
            Message(
                en: "the checkpoint at event \(sequence) is not usable: \(flaw.message.english)",
                fr: "le point de reprise de l’événement \(sequence) est inutilisable : \(flaw.message.french)"
            )
        }
    }

    /// The first problems of files that do not load, one a line.
    private static func lines(_ problems: [Problem], _ language: Language) -> String {
        let shown = problems.prefix(5)
        let more = problems.count - shown.count
        let rest =
            more == 0
            ? ""
            : (language == .english ? "\n  … and \(more) more" : "\n  … et \(more) autres")
        return shown.map { $0.line(language) }.joined(separator: "\n  ") + rest
    }

    /// A refusal of the double entry, for the person who tried.
    private static func entry(_ refusal: DataEntryState.Refusal, station: String, round: Int) -> Message {
        let sheet = "station \(station), round \(round)"
        let pv = "bureau \(station), tour \(round)"
        switch refusal {
        case .roleMayNot(let role, let kind):
            return Message(
                en: "a \(role.rawValue) may not \(kind.rawValue) a sheet",
                fr: "un \(role.label.french) ne peut pas faire « \(kind.rawValue) » sur un procès-verbal"
            )
        case .sameClerk(let clerk):
            return Message(
                en: "\(sheet): the second entry must come from another clerk than \(clerk)",
                fr: "\(pv) : la seconde saisie doit venir d’un autre agent que \(clerk)"
            )
        case .alreadyAccepted:
            return Message(
                en: "\(sheet): the sheet is accepted already; only a ruling can change it",
                fr: "\(pv) : le procès-verbal est déjà accepté ; seule une décision peut le changer"
            )
        case .alreadyKeyed:
            return Message(
                en: "\(sheet): a clerk has keyed the sheet; a trusted import would pass over that entry",
                fr: "\(pv) : un agent a saisi le procès-verbal ; un import de confiance passerait outre"
            )
        case .awaitingSupervisor:
            return Message(
                en: "\(sheet): two different entries wait for a supervisor",
                fr: "\(pv) : deux saisies différentes attendent un superviseur"
            )
        case .nothingToSettle:
            return Message(
                en: "\(sheet): there are no two different entries to settle",
                fr: "\(pv) : il n’y a pas deux saisies différentes à départager"
            )
        case .ownEntry(let supervisor):
            return Message(
                en: "\(sheet): \(supervisor) keyed this sheet and may not settle it; another supervisor must",
                fr: "\(pv) : \(supervisor) a saisi ce procès-verbal et ne peut pas le trancher ; un autre superviseur "
                    + "le doit"
            )
        case .otherStation(let expected, let found):
            return Message(
                en: "the entry is for station \(found), the sheet for \(expected)",
                fr: "la saisie est celle du bureau \(found), le procès-verbal celui de \(expected)"
            )
        }
    }

    public static var samples: [RecordRefusal] {
        let problem = Problem(.voterBalance, at: BundleLocation(file: "round-1/sheets.csv", line: 3), ["9", "1", "2"])
        return [
            .outOfOrder(sequence: 9, expected: 8), .invalidTime("soon"),
            .timeBeforePrevious(time: "2020-03-29", previous: "2020-03-30"),
            .oneRole(name: "clerk-a", known: .clerk, since: 2, role: .supervisor),
            .roleMayNotRecord(.clerk, kind: "publication", allowed: [.ministry, .court]), .notDefined, .definedAlready,
            .filesDoNotLoad([problem]), .emptyText(.actor), .spaceAtEnds(.actor, value: " a"),
            .forbiddenCharacter(.draw, value: "a\\u{1B}"), .textTooLong(.note),
            .mixedScripts(.actor, value: "clerk-а", scripts: "Latin, Cyrillic"), .noSuchRound(3, rounds: 2),
            .declaredNotSheets, .unknownStation("N9-99"), .unknownConstituency("X1"), .unknownList("LX"),
            .listNotInConstituency(list: "LA-N1", constituency: "S1"), .unknownParty("XYZ"),
            .notARoundFile(path: "parties.csv", round: 1), .importNeedsSheets("round-1/sheets.csv"),
            .importUnknownStation(location: "round-1/sheets.csv:2", station: "N9-99", more: 2),
            .importedAlready(station: "N1-01", round: 1), .importWhileKeyed(station: "N1-01", round: 1),
            .importAfterRuling(station: "N1-01", round: 1), .importClosedEarlier(station: "N1-01", round: 2),
            .closedWithSheet(station: "N1-01", round: 1), .finalProclaimed(round: 1, sequence: 5),
            .decidedEarlier(station: "N1-01", constituency: "N1", round: 2),
            .runoffNotKnown(station: nil, constituency: "N1", round: 2),
            .sheetExcluded(station: "N1-01", round: 1, reason: "CC, n°7, 2020-04-30"),
            .sheetCorrected(station: "N1-01", round: 1), .sheetImported(station: "N1-01", round: 1),
            .otherStationSheet(given: "N1-02", station: "N1-01"), .negativeCount(.votes(list: "LA-N1"), value: -5),
            .listTwice, .entryRefused(.roleMayNot(.clerk, .keep), station: "N1-01", round: 2),
            .entryRefused(.sameClerk("clerk-a"), station: "N1-01", round: 2),
            .entryRefused(.alreadyAccepted, station: "N1-01", round: 2),
            .entryRefused(.alreadyKeyed, station: "N1-01", round: 2),
            .entryRefused(.awaitingSupervisor, station: "N1-01", round: 2),
            .entryRefused(.nothingToSettle, station: "N1-01", round: 2),
            .entryRefused(.ownEntry("sup"), station: "N1-01", round: 2),
            .entryRefused(.otherStation(expected: "N1-01", found: "N1-02"), station: "N1-01", round: 2),
            .rulingDateFormat("30/04/2020"), .rulingDateTooEarly(date: "2018-01-01", firstRound: "2020-03-29"),
            .rulingDateAfterEvent(date: "2020-05-01", time: "2020-04-30T10:00:00Z"),
            .rulingNumberReused(cited: "CC, n°7", sequence: 9, date: "2020-04-30"),
            .rulingSameSubject(cited: "CC, n°7", sequence: 9), .courtBallots(voters: 9, invalid: 1, valid: 2, sum: "3"),
            .courtVotesOverflow, .courtVotes(votes: 5, valid: 6), .nothingToAnnul(station: "N1-01", round: 1),
            .lastRound(2), .runoffPair(given: ["LA-N1"]), .vacancyNotTie(constituency: "N1", round: 1),
            .noTieToSettle(constituency: "N1", round: 1),
            .notInRunoff(list: "LI-N1", constituency: "N1", round: 2, pair: ["LA-N1", "LB-N1"]),
            .publishedBeforeEarlierRound(2), .provisionalAfterFinal(1), .finalNeedsProvisional(1), .finalAlready(1),
            .declaredWithSheets, .declaredRunoffPair,
            .storedFileUnreadable(path: "parties.csv", reason: "I/O error"),
            .storedFileChanged(path: "parties.csv", sha256: String(repeating: "ab", count: 32)),
            .storedFileMissing(path: "parties.csv", sha256: "ab12"),
            .checkpointUnusable(sequence: 12, .registerBroken),
        ]
    }
}

/// A text a person gives to the record, as a refusal names it.
public enum RecordField: MessageEntry, CaseIterable {
    case actor
    case authority
    case number
    case note
    case source
    case reason
    case draw

    public var message: Message {
        switch self {
        case .actor: Message(en: "the actor's name", fr: "le nom de l’acteur")
        case .authority: Message(en: "the ruling's authority", fr: "l’autorité de la décision")
        case .number: Message(en: "the ruling's number", fr: "le numéro de la décision")
        case .note: Message(en: "the ruling's note", fr: "la note de la décision")
        case .source: Message(en: "the import's source", fr: "la source de l’import")
        case .reason: Message(en: "the reason", fr: "le motif")
        case .draw: Message(en: "the draw", fr: "le tirage")
        }
    }
}

/// A field of a tally sheet, as people read it: `voters`, `votes of LA-N1`, `list LA-N1`.
public enum SheetField: MessageEntry, Hashable {
    case registered
    case voters
    case invalid
    case valid
    /// A list's votes, in a refusal.
    case votes(list: String)
    /// A list's votes, in a list of differences between two entries.
    case list(String)

    public var message: Message {
        switch self {
        case .registered: Message(en: "registered", fr: "inscrits")
        case .voters: Message(en: "voters", fr: "votants")
        case .invalid: Message(en: "invalid", fr: "nuls")
        case .valid: Message(en: "valid", fr: "exprimés")
        case .votes(let list): Message(en: "votes of \(list)", fr: "voix de \(list)")
        case .list(let list): Message(en: "list \(list)", fr: "liste \(list)")
        }
    }

    public static let samples: [SheetField] = [.registered, .voters, .invalid, .valid, .votes(list: "A"), .list("A")]
}

/// What makes a checkpoint unusable (it is then not used: the journal is replayed instead).
public enum CheckpointFlaw: MessageEntry, Hashable {
    case format(Int)
    case notAtLastEvent
    case otherDefinition
    case registerBroken
    case registerConstituencies
    case rounds
    case sheetsMissing(round: Int)
    case sheetsBroken(round: Int)
    case closedStations(round: Int)
    case importedStations(round: Int)
    case entries(round: Int)

    public var message: Message {
        switch self {
        case .format(let format): Message(en: "format \(format)", fr: "format \(format) inconnu")
        case .notAtLastEvent: Message(en: "it is not at the last event", fr: "il n’est pas au dernier événement")
        case .otherDefinition:
            Message(en: "its definition is not the journal's", fr: "sa définition n’est pas celle du journal")
        case .registerBroken:
            Message(en: "its register does not hold together", fr: "son registre des bureaux est incohérent")
        case .registerConstituencies:
            Message(
                en: "its register names constituencies the definition does not have",
                fr: "son registre des bureaux nomme des circonscriptions que la définition n’a pas"
            )
        case .rounds: Message(en: "its rounds are not the election's", fr: "ses tours ne sont pas ceux de l’élection")
        case .sheetsMissing(let round):
            Message(en: "round \(round)'s sheets are missing", fr: "les procès-verbaux du tour \(round) manquent")
        case .sheetsBroken(let round):
            Message(
                en: "round \(round)'s sheets do not hold together",
                fr: "les procès-verbaux du tour \(round) sont incohérents"
            )
        case .closedStations(let round):
            Message(
                en: "round \(round)'s closed stations are not the definition's",
                fr: "les bureaux fermés du tour \(round) ne sont pas ceux de la définition"
            )
        case .importedStations(let round):
            Message(
                en: "round \(round)'s imported stations do not fit the register",
                fr: "les bureaux importés du tour \(round) ne correspondent pas au registre"
            )
        case .entries(let round):
            Message(
                en: "round \(round)'s keyed sheets do not read back or name stations the register does not have",
                fr: "les saisies du tour \(round) sont illisibles ou nomment des bureaux absents du registre"
            )
        }
    }

    public static let samples: [CheckpointFlaw] = [
        .format(1), .notAtLastEvent, .otherDefinition, .registerBroken, .registerConstituencies, .rounds,
        .sheetsMissing(round: 1), .sheetsBroken(round: 1), .closedStations(round: 1), .importedStations(round: 1),
        .entries(round: 1),
    ]
}
