/// The count a record makes, and what checking its events needs of it.
extension ElectionRecord {
    // MARK: - Counting

    /// Who may receive votes in each constituency in a round, from the count of the rounds before.
    ///
    /// Nil for round 1 (every list), and for a round whose earlier round has no sheets yet.
    /// Counted once per change of those rounds or of the rulings on outcomes.
    mutating func contenders(
        ofRound round: Int,
        blobs: some BlobSource,
        event: JournalEvent
    ) throws(RecordError) -> [Contenders]? {
        guard round > 1 else { return nil }
        let revisions = (1..<round).map { sheetRevisions[$0] ?? 0 } + [outcomeRevision]
        if let memo = contendersMemo[round], memo.revisions == revisions { return memo.contenders }
        let count = try self.count(blobs: blobs, throughRound: round - 1, event: event)
        let contenders =
            count.rounds.count >= round - 1 ? ElectionCount.nextContenders(after: count.rounds[round - 2]) : nil
        contendersMemo[round] = (revisions, contenders)
        return contenders
    }

    /// Stations with a sheet in the round's imports.
    mutating func importedStations(
        round: Int,
        blobs: some BlobSource,
        event: JournalEvent
    ) throws(RecordError)
        -> Set<Int32>
    {
        guard var sheets = rounds[round], let definition else { return [] }
        if let known = sheets.importedStations { return known }
        var known = Set<Int32>()
        for item in sheets.imports {
            let path = BundleLayout.sheets(round: round)
            let bytes = try RecordBundle.files(item.files.filter { $0.path == path }, blobs: blobs, event: event)
            known.formUnion(
                try RecordBundle.stations(in: bytes[path] ?? [], file: path, definition: definition, event: event)
            )
        }
        sheets.importedStations = known
        rounds[round] = sheets
        return known
    }

    /// The record as a bundle: the definition's files and each round's sheets as they now stand.
    public func bundle(blobs: some BlobSource) throws(RecordError) -> InMemoryBundle {
        try RecordBundle.make(self, blobs: blobs)
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

    /// Counts the record: the bundle it makes, with the rulings on outcomes.
    public func count(
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError) -> ElectionCount {
        try count(blobs: blobs, throughRound: nil, options: options, event: events.last)
    }

    func count(
        blobs: some BlobSource,
        throughRound: Int?,
        options: LoadOptions = .sequential,
        event: JournalEvent?
    ) throws(RecordError) -> ElectionCount {
        let bundle = try RecordBundle.make(self, blobs: blobs)
        do {
            return try ElectionCount.load(
                from: bundle,
                throughRound: throughRound,
                options: options,
                rulings: outcomeRulings
            )
        } catch {
            throw RecordError(event: event, problems: error.problems)
        }
    }
}
