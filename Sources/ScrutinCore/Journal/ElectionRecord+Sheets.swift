/// Tally sheets: a round's imports and the double entry of single sheets.
extension ElectionRecord {
    mutating func importRound(
        _ round: Int,
        files: [FileDigest],
        source: String,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.round(round)
        try check.noDeclaredResults(isDeclared)
        let allowed = Set([
            BundleLayout.sheets(round: round), BundleLayout.votes(round: round), BundleLayout.closed(round: round),
        ])
        for file in files where !allowed.contains(file.path) {
            throw check.error(
                en: "file '\(file.path)' is not a file of round \(round) (sheets.csv, votes.csv, closed.csv)",
                fr:
                    "le fichier « \(file.path) » n'est pas un fichier du tour \(round) (sheets.csv, votes.csv, closed.csv)"
            )
        }
        guard files.contains(where: { $0.path == BundleLayout.sheets(round: round) }) else {
            throw check.error(
                en: "an import needs \(BundleLayout.sheets(round: round))",
                fr: "un import demande \(BundleLayout.sheets(round: round))"
            )
        }
        try check.text(source, field: Localized(en: "the import's source", fr: "la source de l'import"))
        try finalNotProclaimed(round, check: check)
        var sheets = rounds[round] ?? RoundSheets()
        // The files are read once, into the count: a malformed file fails here, whole.
        let loaded = try load(round: round, files: files, blobs: blobs, event: check.event)
        if validation == .full {
            try checkImport(loaded, round: round, sheets: sheets, check: check)
        }
        guard live != nil else { throw check.error(Self.notDefined) }
        if sheets.imported.isEmpty { sheets.imported = Array(repeating: false, count: check.definition.stations.count) }
        for station in loaded.sheets.station where station >= 0 { sheets.imported[Int(station)] = true }
        sheets.imports.append(.init(sequence: check.event.sequence, files: files, source: source))
        rounds[round] = sheets
        let options = self.options
        if let followed = changeCount({ $0.merge(loaded, round: round, options: options) }) {
            try follow(followed, blobs: blobs, event: check.event)
        }
    }

    /// What an import may not do: name a station the election does not have (another
    /// election's sheets would stay held for ever, since no ruling can name such a station), give
    /// a sheet for a station that has one from an earlier import, is being keyed or was settled
    /// by a ruling, or give a round-2 sheet where the runoff is not known.
    private func checkImport(
        _ loaded: RoundLoader.Loaded,
        round: Int,
        sheets: RoundSheets,
        check: RecordCheck
    ) throws(RecordError) {
        let unknown = loaded.problems.filter { $0.code == .unknownStation }
        if let first = unknown.first {
            let more = unknown.count > 1 ? " (+\(unknown.count - 1))" : ""
            throw check.error(
                en: "\(first.location): station '\(first.arguments.first ?? "")' is not a station of this election"
                    + "\(more); an import is refused whole when it names stations the election does not have",
                fr: "\(first.location) : le bureau « \(first.arguments.first ?? "") » n'est pas un bureau de cette "
                    + "élection\(more) ; un import qui nomme des bureaux inconnus est refusé en entier"
            )
        }
        var stations = Set<Int32>()
        for station in loaded.sheets.station where station >= 0 { stations.insert(station) }
        try check.runoffKnown(for: stations, round: round, contenders: contenders(ofRound: round))
        let closedEarlier = live?.rounds[round - 1].closedReasons ?? [:]
        for station in stations.sorted() {
            let code = check.definition.code(of: StationID(Int(station)))
            if isImported(station, round: round) {
                throw check.error(
                    en: "station \(code) already has a round-\(round) sheet from an earlier import",
                    fr: "le bureau \(code) a déjà un procès-verbal du tour \(round) d'un import précédent"
                )
            }
            if sheets.entries[station] != nil {
                throw check.error(
                    en: "station \(code) is being keyed in round \(round): a trusted import would pass over that entry",
                    fr:
                        "le bureau \(code) est en cours de saisie au tour \(round) : un import de confiance passerait outre"
                )
            }
            if sheets.excluded[station] != nil || sheets.corrected[station] != nil {
                throw check.error(
                    en: "a ruling already settled station \(code)'s round-\(round) sheet",
                    fr: "une décision a déjà statué sur le procès-verbal du bureau \(code) au tour \(round)"
                )
            }
            if closedEarlier[StationID(Int(station))] != nil {
                throw check.error(
                    en: "station \(code) did not open in round \(round), as recorded earlier: it can have no sheet",
                    fr: "le bureau \(code) n'a pas ouvert au tour \(round), comme enregistré plus tôt : il n'a pas "
                        + "de procès-verbal"
                )
            }
        }
        let live = self.live?.rounds[round - 1]
        for station in loaded.closedReasons.keys.sorted() {
            let station32 = Int32(station)
            let state = live?.stationStates[station] ?? .missing
            if state == .counted || state == .quarantined || isImported(station32, round: round)
                || sheets.entries[station32] != nil || closedEarlier[StationID(station)] != nil
            {
                let code = check.definition.code(of: StationID(station))
                throw check.error(
                    en: "station \(code) is said not to have opened, but round \(round) has a sheet or a record "
                        + "for it already",
                    fr: "le bureau \(code) serait resté fermé, mais le tour \(round) a déjà un procès-verbal ou une "
                        + "trace pour lui"
                )
            }
        }
    }

    mutating func keySheet(
        _ round: Int,
        station code: String,
        action: DataEntryState.Action,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.round(round)
        try check.noDeclaredResults(isDeclared)
        let station = try check.station(code)
        let index = Int32(station.index)
        try finalNotProclaimed(round, check: check)
        switch action {
        case .enter(let entry), .importTrusted(let entry, _):
            try check.entry(entry, for: station)
        case .keep, .sendBack: break
        }
        if case .importTrusted(_, let source) = action {
            try check.text(source, field: Localized(en: "the import's source", fr: "la source de l'import"))
        }
        if let reason = rounds[round]?.excluded[index] {
            throw check.error(
                en: "station \(code)'s round-\(round) sheet was settled by a ruling (\(reason))",
                fr: "le procès-verbal du bureau \(code) au tour \(round) a été tranché par une décision (\(reason))"
            )
        }
        if rounds[round]?.corrected[index] != nil {
            throw check.error(
                en: "station \(code)'s round-\(round) sheet was corrected by a ruling",
                fr: "le procès-verbal du bureau \(code) au tour \(round) a été rectifié par une décision"
            )
        }
        if validation == .full {
            if isImported(index, round: round) {
                throw check.error(
                    en: "station \(code)'s round-\(round) sheet came in a trusted import; only a ruling can change it",
                    fr: "le procès-verbal du bureau \(code) au tour \(round) vient d'un import de confiance ; "
                        + "seule une décision peut le changer"
                )
            }
            if case .enter = action {
                try check.runoffKnown(
                    for: [index],
                    round: round,
                    contenders: contenders(ofRound: round)
                )
            }
        }
        let state = rounds[round]?.entries[index] ?? .empty
        switch state.transition(action, by: check.event.actor) {
        case .success(let next):
            rounds[round, default: RoundSheets()].entries[index] = next
            if state.accepted == nil, let accepted = next.accepted {
                let sequence = check.event.sequence
                rounds[round, default: RoundSheets()].acceptedAt[index] = sequence
                if let followed = changeCount({
                    $0.place(accepted.submission, round: round, origin: .event(sequence))
                }) {
                    try follow(followed, blobs: blobs, event: check.event)
                }
            }
        case .failure(let refusal):
            throw check.error(refusal.message(station: code, round: round))
        }
    }

    func finalNotProclaimed(_ round: Int, check: RecordCheck) throws(RecordError) {
        guard let final = publications.first(where: { $0.round == round && $0.stage == .final }) else { return }
        throw check.error(
            en:
                "round \(round)'s final results were proclaimed (event \(final.sequence)): its sheets now change only by a ruling",
            fr: "les résultats définitifs du tour \(round) sont proclamés (événement \(final.sequence)) : ses "
                + "procès-verbaux ne changent plus que par une décision"
        )
    }

}
