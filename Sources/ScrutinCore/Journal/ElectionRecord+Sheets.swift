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
        if validation == .full {
            let bytes = try RecordBundle.files(files, blobs: blobs, event: check.event)
            let stations = try RecordBundle.stations(
                in: bytes[BundleLayout.sheets(round: round)] ?? [],
                file: BundleLayout.sheets(round: round),
                definition: check.definition,
                event: check.event
            )
            try check.runoffKnown(
                for: stations,
                round: round,
                contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
            )
            let known = try importedStations(round: round, blobs: blobs, event: check.event)
            for station in stations.sorted() {
                let code = check.definition.code(of: StationID(Int(station)))
                if known.contains(station) {
                    throw check.error(
                        en: "station \(code) already has a round-\(round) sheet from an earlier import",
                        fr: "le bureau \(code) a déjà un procès-verbal du tour \(round) d'un import précédent"
                    )
                }
                if sheets.entries[station] != nil {
                    throw check.error(
                        en:
                            "station \(code) is being keyed in round \(round): a trusted import would pass over that entry",
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
            }
            // The whole record with this import must load: a malformed file fails here, whole.
            var trial = self
            var trialSheets = sheets
            trialSheets.imports.append(.init(sequence: check.event.sequence, files: files, source: source))
            trialSheets.importedStations = known.union(stations)
            trial.rounds[round] = trialSheets
            _ = try trial.count(blobs: blobs, throughRound: round, event: check.event)
            sheets = trialSheets
        } else {
            sheets.imports.append(.init(sequence: check.event.sequence, files: files, source: source))
            sheets.importedStations = nil
        }
        rounds[round] = sheets
        sheetRevisions[round, default: 0] += 1
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
            if try importedStations(round: round, blobs: blobs, event: check.event).contains(index) {
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
                    contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
                )
            }
        }
        let state = rounds[round]?.entries[index] ?? .empty
        switch state.transition(action, by: check.event.actor) {
        case .success(let next):
            rounds[round, default: RoundSheets()].entries[index] = next
            sheetRevisions[round, default: 0] += 1
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
