/// Why an event may not enter the record: the event, and what is wrong with it.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The event's number, or nil when the error is not about one event.
    public var sequence: Int?
    /// The event's kind (`ruling-annul-sheet`), or empty.
    public var kind: String
    public var message: Localized
    /// The error comes from a stored file that cannot be read or was changed (`ChangedBlob`):
    /// the file holding the record is damaged, the event is not at fault.
    public var storedFileDamaged = false

    public init(sequence: Int?, kind: String, message: Localized) {
        self.sequence = sequence
        self.kind = kind
        self.message = message
    }

    init(event: JournalEvent?, message: Localized) {
        self.init(sequence: event?.sequence, kind: event?.body.kind ?? "", message: message)
    }

    /// An event whose files do not load: the first problems, with their files and lines.
    init(event: JournalEvent?, problems: [Problem]) {
        let shown = problems.prefix(5)
        let more = problems.count - shown.count
        func lines(_ language: Language) -> String {
            shown.map { $0.line(language) }.joined(separator: "\n  ")
                + (more > 0 ? (language == .french ? "\n  … et \(more) autres" : "\n  … and \(more) more") : "")
        }
        self.init(
            event: event,
            message: Localized(
                en: "the files do not load (\(problems.count) fatal problems):\n  " + lines(.english),
                fr: "les fichiers ne se chargent pas (\(problems.count) problèmes bloquants) :\n  " + lines(.french)
            )
        )
    }

    /// The error on one line, like `event 12 (ruling-annul-sheet): …`.
    public func line(_ language: Language) -> String {
        guard let sequence else { return message(language) }
        let event = language == .french ? "événement" : "event"
        return "\(event) \(sequence) (\(kind)): " + message(language)
    }

    public var description: String { line(.english) }
}

/// The checks an event goes through against the election's definition.
struct RecordCheck {
    let event: JournalEvent
    let definition: ElectionDefinition

    func error(en: String, fr: String) -> RecordError { RecordError(event: event, message: Localized(en: en, fr: fr)) }
    func error(_ message: Localized) -> RecordError { RecordError(event: event, message: message) }

    func text(_ value: String, field: Localized) throws(RecordError) {
        try TextCheck(event: event).text(value, field: field)
    }

    func round(_ round: Int) throws(RecordError) {
        let rounds = definition.system.rounds
        guard (1...rounds).contains(round) else {
            throw error(
                en: "round \(round) does not exist: the election has \(rounds) round\(rounds == 1 ? "" : "s")",
                fr: "le tour \(round) n'existe pas : l'élection a \(rounds) tour\(rounds == 1 ? "" : "s")"
            )
        }
    }

    func noDeclaredResults(_ isDeclared: Bool) throws(RecordError) {
        guard !isDeclared else {
            throw error(
                en: "this record holds declared results, not tally sheets",
                fr: "ce registre contient des résultats déclarés, pas des procès-verbaux"
            )
        }
    }

    func station(_ code: String) throws(RecordError) -> StationID {
        guard let station = definition.station(code: code) else {
            let code = Problem.displayable(code, language: .english)
            throw error(
                en: "station '\(code)' does not exist in the election",
                fr: "le bureau « \(code) » n'existe pas dans l'élection"
            )
        }
        return station
    }

    func constituency(_ code: String) throws(RecordError) -> ConstituencyID {
        guard let constituency = definition.constituency(code: code) else {
            let code = Problem.displayable(code, language: .english)
            throw error(
                en: "constituency '\(code)' does not exist in the election",
                fr: "la circonscription « \(code) » n'existe pas dans l'élection"
            )
        }
        return constituency
    }

    func list(_ code: String) throws(RecordError) -> ListID {
        guard let list = definition.list(code: code) else {
            let code = Problem.displayable(code, language: .english)
            throw error(
                en: "list '\(code)' does not exist in the election",
                fr: "la liste « \(code) » n'existe pas dans l'élection"
            )
        }
        return list
    }

    func list(_ code: String, in constituency: ConstituencyID) throws(RecordError) -> ListID {
        let list = try self.list(code)
        guard definition.constituency(of: list) == constituency else {
            let name = definition[constituency].code
            throw error(
                en: "list '\(code)' does not run in \(name)",
                fr: "la liste « \(code) » ne se présente pas dans \(name)"
            )
        }
        return list
    }

    /// How long before the election's first round a decision may be dated: candidacies are
    /// ruled on months before the vote, not years.
    static let daysBeforeFirstRound = 366

    /// A ruling's citation: its texts; its date, a real date from a year before the election's
    /// first round to the event's own day (a decision is recorded after it is made); and its
    /// number, which names one decision: cited again, it must be with the same date, on
    /// something else (one decision may rule on several sheets or constituencies, not twice on
    /// one).
    func citation(_ ruling: Ruling, earlier: [ElectionRecord.RecordedRuling]) throws(RecordError) {
        try text(ruling.authority, field: Localized(en: "the ruling's authority", fr: "l'autorité de la décision"))
        try text(ruling.number, field: Localized(en: "the ruling's number", fr: "le numéro de la décision"))
        if let note = ruling.note {
            try text(note, field: Localized(en: "the ruling's note", fr: "la note de la décision"))
        }
        guard ruling.date.utf8.count == 10, let day = RecordTime.dayNumber(ruling.date) else {
            throw error(
                en: "the ruling's date '\(ruling.date)' is not YYYY-MM-DD",
                fr: "la date de la décision « \(ruling.date) » n'est pas AAAA-MM-JJ"
            )
        }
        if let first = definition.settings.rounds.map(\.date).min(), let firstDay = RecordTime.dayNumber(first),
            day < firstDay - Self.daysBeforeFirstRound
        {
            throw error(
                en: "the ruling's date \(ruling.date) is more than a year before the election's first round (\(first))",
                fr:
                    "la date de la décision \(ruling.date) précède de plus d'un an le premier tour de l'élection (\(first))"
            )
        }
        if let eventDay = RecordTime.dayNumber(event.time), day > eventDay {
            throw error(
                en:
                    "the ruling's date \(ruling.date) is after the event's time (\(event.time)): a decision is recorded "
                    + "once it is made",
                fr: "la date de la décision \(ruling.date) est postérieure à l'heure de l'événement (\(event.time)) : "
                    + "une décision s'enregistre une fois rendue"
            )
        }
        let decision = Self.decisionKey(ruling)
        for other in earlier where Self.decisionKey(other.ruling) == decision {
            let cited = "\(other.ruling.authority), \(other.ruling.number)"
            guard other.ruling.date == ruling.date else {
                throw error(
                    en: "\(cited) is cited already by event \(other.sequence) with the date \(other.ruling.date): "
                        + "one number, one decision",
                    fr: "\(cited) est déjà citée par l'événement \(other.sequence) avec la date \(other.ruling.date) : "
                        + "un numéro, une décision"
                )
            }
            guard other.ruling.action.subject != ruling.action.subject else {
                throw error(
                    en: "\(cited) already ruled on this (event \(other.sequence)): another ruling on it is another "
                        + "decision, with its own number",
                    fr: "\(cited) a déjà statué sur ce point (événement \(other.sequence)) : une autre décision à son "
                        + "sujet porte son propre numéro"
                )
            }
        }
    }

    /// What identifies a decision: its authority and number, as people read them (look-alike
    /// letters, case and spaces aside: `arrêt n°7` and `Arrêt n° 7`).
    static func decisionKey(_ ruling: Ruling) -> [String] {
        [ruling.authority, ruling.number].map { Confusables.skeleton($0).filter { $0 != " " } }
    }

    /// A court's figures for a sheet add up: voters are invalid plus valid ballots, and the
    /// lists' votes are the valid votes (a clerk keys a sheet as written, errors and all; a court
    /// that corrects it gives figures that hold).
    func addsUp(_ entry: SheetEntry) throws(RecordError) {
        let (ballots, ballotsOverflow) = entry.invalid.addingReportingOverflow(entry.valid)
        guard !ballotsOverflow, entry.voters == ballots else {
            let sum = ballotsOverflow ? "…" : String(ballots)
            throw error(
                en: "the court's figures do not add up: voters \(entry.voters) ≠ invalid \(entry.invalid) + valid "
                    + "\(entry.valid) (= \(sum))",
                fr: "les chiffres de la Cour ne concordent pas : votants \(entry.voters) ≠ nuls \(entry.invalid) + "
                    + "exprimés \(entry.valid) (= \(sum))"
            )
        }
        var votes = 0
        for item in entry.votes {
            let (sum, overflow) = votes.addingReportingOverflow(item.votes)
            guard !overflow else {
                throw error(
                    en: "the court's figures do not add up: the lists' votes overflow",
                    fr: "les chiffres de la Cour ne concordent pas : les voix des listes débordent"
                )
            }
            votes = sum
        }
        guard votes == entry.valid else {
            throw error(
                en: "the court's figures do not add up: the lists' votes add up to \(votes), not to the valid votes "
                    + "(\(entry.valid))",
                fr: "les chiffres de la Cour ne concordent pas : les voix des listes font \(votes), non les suffrages "
                    + "exprimés (\(entry.valid))"
            )
        }
    }

    /// A keyed or corrected sheet: its station, its lists, its numbers.
    func entry(_ entry: SheetEntry, for station: StationID) throws(RecordError) {
        let code = definition.code(of: station)
        guard entry.station == code else {
            let other = Problem.displayable(entry.station, language: .english)
            throw error(
                en: "the sheet is for station '\(other)', not \(code)",
                fr: "le procès-verbal est celui du bureau « \(other) », pas de \(code)"
            )
        }
        let constituency = definition.constituency(of: station)
        for item in entry.votes { _ = try list(item.list, in: constituency) }
        let fields = [
            ("registered", entry.registered), ("voters", entry.voters), ("invalid", entry.invalid),
            ("valid", entry.valid),
        ]
        for (field, value) in fields + entry.votes.map({ ("votes of \($0.list)", $0.votes) }) where value < 0 {
            throw error(
                en: "\(field) is negative (\(value))",
                fr: "\(field) est négatif (\(value))"
            )
        }
        guard Set(entry.votes.map(\.list)).count == entry.votes.count else {
            throw error(en: "a list appears twice on the sheet", fr: "une liste figure deux fois sur le procès-verbal")
        }
    }

    /// Round-N sheets need the constituency's runoff known after round N−1 (`contenders`: nil in
    /// round 1).
    func runoffKnown(
        for stations: some Collection<Int32>,
        round: Int,
        contenders: [Contenders]?
    ) throws(RecordError) {
        guard let contenders else { return }
        for station in stations.sorted() {
            let id = StationID(Int(station))
            let constituency = definition.constituency(of: id)
            switch contenders[constituency.index] {
            case .lists: continue
            case .decidedEarlier:
                throw error(
                    en: "station \(definition.code(of: id)): \(definition[constituency].code) has no round \(round), "
                        + "its seats were decided earlier",
                    fr:
                        "bureau \(definition.code(of: id)) : \(definition[constituency].code) n'a pas de tour \(round), "
                        + "ses sièges ont été attribués avant"
                )
            case .awaitingEarlierRound:
                throw error(
                    en:
                        "station \(definition.code(of: id)): \(definition[constituency].code)'s runoff is not known yet "
                        + "(round \(round - 1) is not decided there)",
                    fr: "bureau \(definition.code(of: id)) : le second tour de \(definition[constituency].code) "
                        + "n'est pas encore connu (le tour \(round - 1) n'y est pas décidé)"
                )
            }
        }
    }

    /// A list runs in the constituency in this round (round 2: it is one of the runoff pair).
    func runsIn(
        _ list: ListID,
        constituency: ConstituencyID,
        round: Int,
        contenders: [Contenders]?
    ) throws(RecordError) {
        guard let contenders else { return }
        let code = definition[constituency].code
        switch contenders[constituency.index] {
        case .lists(let lists) where lists.contains(list): return
        case .lists(let lists):
            let pair = lists.map { definition[$0].code }.joined(separator: ", ")
            throw error(
                en: "list \(definition[list].code) was not in \(code)'s round-\(round) runoff (\(pair))",
                fr: "la liste \(definition[list].code) n'était pas au second tour de \(code) (\(pair))"
            )
        case .decidedEarlier:
            throw error(
                en: "\(code) has no round \(round): its seats were decided earlier",
                fr: "\(code) n'a pas de tour \(round) : ses sièges ont été attribués avant"
            )
        case .awaitingEarlierRound:
            throw error(
                en: "\(code)'s runoff is not known yet (round \(round - 1) is not decided there)",
                fr: "le second tour de \(code) n'est pas encore connu (le tour \(round - 1) n'y est pas décidé)"
            )
        }
    }

    /// A declaration's constituencies, lists and parties exist.
    func declaration(_ declaration: Declaration) throws(RecordError) {
        for outcome in declaration.outcomes {
            let constituency = try self.constituency(outcome.constituency)
            switch outcome.status {
            case .elected(let list): _ = try self.list(list, in: constituency)
            case .runoff(let lists):
                for list in lists { _ = try self.list(list, in: constituency) }
                guard lists.count <= 2 else {
                    throw error(en: "a runoff has two lists", fr: "un second tour oppose deux listes")
                }
            case .unknown: break
            }
        }
        for seats in declaration.seats {
            guard definition.party(code: seats.party) != nil else {
                throw error(
                    en: "party '\(seats.party)' does not exist in the election",
                    fr: "le parti « \(seats.party) » n'existe pas dans l'élection"
                )
            }
        }
    }
}

extension DataEntryState.Refusal {
    /// What the refusal means, for the person who tried.
    func message(station: String, round: Int) -> Localized {
        let sheet = "station \(station), round \(round)"
        let pv = "bureau \(station), tour \(round)"
        switch self {
        case .roleMayNot(let role, let kind):
            return Localized(
                en: "a \(role.rawValue) may not \(kind.rawValue) a sheet",
                fr: "un \(role.label(.french)) ne peut pas faire « \(kind.rawValue) » sur un procès-verbal"
            )
        case .sameClerk(let clerk):
            return Localized(
                en: "\(sheet): the second entry must come from another clerk than \(clerk)",
                fr: "\(pv) : la seconde saisie doit venir d'un autre agent que \(clerk)"
            )
        case .alreadyAccepted:
            return Localized(
                en: "\(sheet): the sheet is accepted already; only a ruling can change it",
                fr: "\(pv) : le procès-verbal est déjà accepté ; seule une décision peut le changer"
            )
        case .alreadyKeyed:
            return Localized(
                en: "\(sheet): a clerk has keyed the sheet; a trusted import would pass over that entry",
                fr: "\(pv) : un agent a saisi le procès-verbal ; un import de confiance passerait outre"
            )
        case .awaitingSupervisor:
            return Localized(
                en: "\(sheet): two different entries wait for a supervisor",
                fr: "\(pv) : deux saisies différentes attendent un superviseur"
            )
        case .nothingToSettle:
            return Localized(
                en: "\(sheet): there are no two different entries to settle",
                fr: "\(pv) : il n'y a pas deux saisies différentes à départager"
            )
        case .ownEntry(let supervisor):
            return Localized(
                en: "\(sheet): \(supervisor) keyed this sheet and may not settle it; another supervisor must",
                fr:
                    "\(pv) : \(supervisor) a saisi ce procès-verbal et ne peut pas le trancher ; un autre superviseur le doit"
            )
        case .otherStation(let expected, let found):
            return Localized(
                en: "the entry is for station \(found), the sheet for \(expected)",
                fr: "la saisie est celle du bureau \(found), le procès-verbal celui de \(expected)"
            )
        }
    }
}

/// The checks of a text a person gave, for any event.
struct TextCheck {
    let event: JournalEvent

    func error(en: String, fr: String) -> RecordError { RecordError(event: event, message: Localized(en: en, fr: fr)) }

    /// A text a person gave: not empty, no spaces at either end, no control or invisible
    /// formatting character (a line break or an escape sequence could forge a line of the log).
    func text(_ value: String, field: Localized) throws(RecordError) {
        let shown = Problem.displayable(value, language: .english)
        guard value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw error(en: "\(field.english) is empty", fr: "\(field.french) est vide")
        }
        guard value.unicodeScalars.first.map({ !$0.properties.isWhitespace }) == true,
            value.unicodeScalars.last.map({ !$0.properties.isWhitespace }) == true
        else {
            throw error(
                en: "\(field.english) '\(shown)' begins or ends with a space",
                fr: "\(field.french) « \(shown) » commence ou finit par une espace"
            )
        }
        if ForbiddenCharacters.first(in: value) != nil {
            throw error(
                en: "\(field.english) '\(shown)' holds a control or invisible character",
                fr: "\(field.french) « \(shown) » contient un caractère de contrôle ou invisible"
            )
        }
        guard value.unicodeScalars.count <= 1000 else {
            throw error(
                en: "\(field.english) is longer than 1,000 characters",
                fr: "\(field.french) dépasse 1 000 caractères"
            )
        }
    }

    /// A person's name: a text (`text(_:field:)`) whose letters are of one script
    /// (`Confusables.mixedScripts`): Latin `clerk-a` with a Cyrillic `а` would pass for another
    /// person's name.
    func name(_ value: String, field: Localized) throws(RecordError) {
        try text(value, field: field)
        if let scripts = Confusables.mixedScripts(value) {
            let shown = Problem.displayable(value, language: .english)
            let names = scripts.map(\.rawValue).joined(separator: ", ")
            throw error(
                en: "\(field.english) '\(shown)' mixes scripts (\(names)): a name is written in one script, "
                    + "so that it cannot pass for another",
                fr: "\(field.french) « \(shown) » mêle des écritures (\(names)) : un nom s'écrit dans une seule "
                    + "écriture, pour ne pas passer pour un autre"
            )
        }
    }
}

extension Ruling.Action {
    /// What a ruling acts on: a round's sheet of a station, a list, or a round's outcome in a
    /// constituency.
    ///
    /// One decision rules once on each.
    var subject: [String] {
        switch self {
        case .annulSheet(let round, let station), .markNotOpened(let round, let station, _):
            ["sheet", String(round), station]
        case .correctSheet(let round, let sheet): ["sheet", String(round), sheet.station]
        case .disqualifyList(let list): ["list", list]
        case .overturn(let round, let constituency, _), .declareRunoff(let round, let constituency, _),
            .annulConstituency(let round, let constituency), .settleTie(let round, let constituency, _, _):
            ["outcome", String(round), constituency]
        }
    }
}
