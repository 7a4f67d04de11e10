/// The count a record keeps: the live count that each event updates, and what checking events
/// needs of it.
///
/// The count is never made again from the journal's files: an import is read once, into the
/// count; an accepted entry or a court's correction is placed as one sheet; a ruling on outcomes
/// decides the constituencies it names again. Only when who runs in a round changes where that
/// round has sheets already (a runoff pair changed by a late ruling on round 1) is that round
/// read again from its sources, since its sheets must be checked against the new pair.
extension ElectionRecord {
    /// Who may receive votes in each constituency in a round, from the count of the rounds before.
    ///
    /// Nil for round 1 (every list).
    func contenders(ofRound round: Int) -> [Contenders]? {
        guard round > 1, let live, live.rounds.count >= round else { return nil }
        return live.rounds[round - 1].constituencies.map(\.contenders)
    }

    /// Whether a station's sheet of a round came in an import.
    func isImported(_ station: Int32, round: Int) -> Bool {
        guard let imported = rounds[round]?.imported, Int(station) < imported.count else { return false }
        return imported[Int(station)]
    }

    /// Reads an import's files against the round's contenders as they stand.
    func load(
        round: Int,
        files: [FileDigest],
        blobs: some BlobSource,
        event: JournalEvent?
    ) throws(RecordError) -> RoundLoader.Loaded {
        guard let live else { throw RecordError(event: event, refusal: .notDefined) }
        let bytes = try StoredFiles.read(files, blobs: blobs, event: event)
        do {
            return try RoundLoader.load(
                round: round,
                from: InMemoryBundle(name: "the import", files: bytes),
                definition: live.definition,
                contenders: live.rounds[round - 1].constituencies.map(\.contenders),
                options: options
            )
        } catch {
            throw RecordError(event: event, problems: error.problems)
        }
    }

    /// Takes what a change of the count leaves to do: reading rounds again whose contenders
    /// changed where they had sheets.
    mutating func follow(
        _ followed: ElectionCount.Followed,
        blobs: some BlobSource,
        event: JournalEvent?
    ) throws(RecordError) {
        guard let round = followed.rebuild else { return }
        do {
            try rebuild(from: round, blobs: blobs, event: event)
        } catch {
            // The event changed the record before this failed: the record no longer stands for
            // a journal, and must not be used again (the store reads the journal anew).
            isPartlyChanged = true
            throw error
        }
    }

    /// Counts rounds again from their sources, from `first` to the last: each round's imports,
    /// then its accepted entries, then the court's rulings on its sheets, in the journal's order.
    mutating func rebuild(from first: Int, blobs: some BlobSource, event: JournalEvent?) throws(RecordError) {
        guard let last = live?.rounds.count, first <= last else { return }
        let options = self.options
        for round in first...last {
            changeCount { $0.reset(round: round) }
            guard let sheets = rounds[round] else { continue }
            for item in sheets.imports {
                let loaded = try load(round: round, files: item.files, blobs: blobs, event: event)
                changeCount { _ = $0.merge(loaded, round: round, options: options) }
            }
            var changes: [(sequence: Int, station: Int32)] = sheets.acceptedAt.map { ($0.value, $0.key) }
            changes += sheets.settledAt.map { ($0.value, $0.key) }
            changeCount { count in
                for (sequence, station) in changes.sorted(by: { $0.sequence < $1.sequence }) {
                    if sheets.settledAt[station] == sequence {
                        _ = count.settle(
                            station: StationID(Int(station)),
                            round: round,
                            closedBecause: sheets.excluded[station]
                        )
                        if let corrected = sheets.corrected[station] {
                            _ = count.place(corrected.submission, round: round, origin: .event(sequence))
                        }
                    } else if let accepted = sheets.entries[station]?.accepted {
                        _ = count.place(accepted.submission, round: round, origin: .event(sequence))
                    }
                }
            }
        }
    }

    /// Changes the live count in place: it is taken out of the record while it changes, so that
    /// its columns are never copied (a national round is tens of megabytes).
    @discardableResult
    mutating func changeCount<Result>(_ body: (inout ElectionCount) -> Result) -> Result? {
        guard var count = live else { return nil }
        live = nil
        let result = body(&count)
        live = count
        return result
    }

    /// The results as they stand: declared, or counted from the sheets.
    public func snapshot(
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError)
        -> ResultsSnapshot
    {
        if isDeclared { return ResultsSnapshot(declared: self) }
        return ResultsSnapshot(count: try count(blobs: blobs, options: options), sequence: head)
    }

    /// The count as it stands after the last event.
    ///
    /// The record keeps it up to date event by event: nothing is read or counted again here.
    public func count(
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError) -> ElectionCount {
        guard let live else { throw RecordError(event: nil, refusal: .notDefined) }
        return live
    }
}
