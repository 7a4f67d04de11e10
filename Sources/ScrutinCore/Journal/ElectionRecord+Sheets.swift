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
            throw check.error(.notARoundFile(path: file.path, round: round))
        }
        guard files.contains(where: { $0.path == BundleLayout.sheets(round: round) }) else {
            throw check.error(.importNeedsSheets(BundleLayout.sheets(round: round)))
        }
        try check.text(source, field: .source)
        try finalNotProclaimed(round, check: check)
        var sheets = rounds[round] ?? RoundSheets()
        // The files are read once, into the count: a malformed file fails here, whole.
        let loaded = try load(round: round, files: files, blobs: blobs, event: check.event)
        if validation == .full {
            try checkImport(loaded, round: round, sheets: sheets, check: check)
        }
        guard live != nil else { throw check.error(.notDefined) }
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
            throw check.error(
                .importUnknownStation(
                    location: "\(first.location)",
                    station: first.arguments.first ?? "",
                    more: unknown.count - 1
                )
            )
        }
        var stations = Set<Int32>()
        for station in loaded.sheets.station where station >= 0 { stations.insert(station) }
        try check.runoffKnown(for: stations, round: round, contenders: contenders(ofRound: round))
        let closedEarlier = live?.rounds[round - 1].closedReasons ?? [:]
        for station in stations.sorted() {
            let code = check.definition.code(of: StationID(Int(station)))
            if isImported(station, round: round) {
                throw check.error(.importedAlready(station: code, round: round))
            }
            if sheets.entries[station] != nil {
                throw check.error(.importWhileKeyed(station: code, round: round))
            }
            if sheets.excluded[station] != nil || sheets.corrected[station] != nil {
                throw check.error(.importAfterRuling(station: code, round: round))
            }
            if closedEarlier[StationID(Int(station))] != nil {
                throw check.error(.importClosedEarlier(station: code, round: round))
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
                throw check.error(.closedWithSheet(station: code, round: round))
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
            try check.text(source, field: .source)
        }
        if let reason = rounds[round]?.excluded[index] {
            throw check.error(.sheetExcluded(station: code, round: round, reason: reason))
        }
        if rounds[round]?.corrected[index] != nil {
            throw check.error(.sheetCorrected(station: code, round: round))
        }
        if validation == .full {
            if isImported(index, round: round) {
                throw check.error(.sheetImported(station: code, round: round))
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
            throw check.error(.entryRefused(refusal, station: code, round: round))
        }
    }

    func finalNotProclaimed(_ round: Int, check: RecordCheck) throws(RecordError) {
        guard let final = publications.first(where: { $0.round == round && $0.stage == .final }) else { return }
        throw check.error(.finalProclaimed(round: round, sequence: final.sequence))
    }

}
