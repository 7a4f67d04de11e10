/// Court rulings: on sheets, on lists and on constituencies' outcomes.
extension ElectionRecord {
    mutating func rule(
        _ ruling: Ruling,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.citation(ruling, earlier: rulings)
        let citation = ruling.citation
        switch ruling.action {
        case .annulSheet(let round, let code), .markNotOpened(let round, let code, _):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let station = Int32(try check.station(code).index)
            if case .annulSheet = ruling.action, validation == .full {
                let hasSheet =
                    isImported(station, round: round)
                    || rounds[round]?.entries[station]?.accepted != nil || rounds[round]?.corrected[station] != nil
                guard hasSheet else {
                    throw check.error(.nothingToAnnul(station: code, round: round))
                }
            }
            if validation == .full {
                try check.runoffKnown(
                    for: [station],
                    round: round,
                    contenders: contenders(ofRound: round)
                )
            }
            var reason = "annulled: " + citation
            if case .markNotOpened(_, _, let given) = ruling.action {
                try check.text(given, field: .reason)
                reason = given + " (" + citation + ")"
            }
            rounds[round, default: RoundSheets()].settle(
                station,
                excluded: reason,
                corrected: nil,
                at: check.event.sequence
            )
            if let followed = changeCount({
                $0.settle(station: StationID(Int(station)), round: round, closedBecause: reason)
            }) {
                try follow(followed, blobs: blobs, event: check.event)
            }
        case .correctSheet(let round, let entry):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let station = try check.station(entry.station)
            try check.entry(entry, for: station)
            try check.addsUp(entry)
            if validation == .full {
                try check.runoffKnown(
                    for: [Int32(station.index)],
                    round: round,
                    contenders: contenders(ofRound: round)
                )
            }
            rounds[round, default: RoundSheets()].settle(
                Int32(station.index),
                excluded: nil,
                corrected: entry,
                at: check.event.sequence
            )
            let sequence = check.event.sequence
            if let followed = changeCount({ count in
                _ = count.settle(station: station, round: round, closedBecause: nil)
                return count.place(entry.submission, round: round, origin: .event(sequence))
            }) {
                try follow(followed, blobs: blobs, event: check.event)
            }
        case .disqualifyList(let code):
            let list = try check.list(code)
            outcomeRulings.disqualified[list] = citation
        case .overturn(let round, let constituencyCode, let listCode):
            try check.round(round)
            let constituency = try check.constituency(constituencyCode)
            let list = try check.list(listCode, in: constituency)
            if validation == .full, !isDeclared {
                // In a runoff, the court proclaims one of the two lists that ran.
                try check.runsIn(
                    list,
                    constituency: constituency,
                    round: round,
                    contenders: contenders(ofRound: round)
                )
            }
            setOverride(.elected(list), round: round, constituency: constituency, citation: citation)
            setDeclared(.declared(.elected(list: listCode)), round: round, code: constituencyCode, check: check)
        case .declareRunoff(let round, let constituencyCode, let listCodes):
            try check.round(round)
            guard round < check.definition.system.rounds else {
                throw check.error(.lastRound(round))
            }
            let constituency = try check.constituency(constituencyCode)
            var lists: [ListID] = []
            for code in listCodes { lists.append(try check.list(code, in: constituency)) }
            guard Set(listCodes).count == listCodes.count, listCodes.count == 2 || (isDeclared && listCodes.count < 2)
            else {
                throw check.error(.runoffPair(given: listCodes))
            }
            setOverride(.runoff(lists), round: round, constituency: constituency, citation: citation)
            setDeclared(.declared(.runoff(lists: listCodes)), round: round, code: constituencyCode, check: check)
        case .annulConstituency(let round, let constituencyCode):
            try check.round(round)
            let constituency = try check.constituency(constituencyCode)
            setOverride(.annulled, round: round, constituency: constituency, citation: citation)
            setDeclared(.annulled, round: round, code: constituencyCode, check: check)
        case .settleTie(let round, let constituencyCode, let listCodes, let draw):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let constituency = try check.constituency(constituencyCode)
            var lists: [ListID] = []
            for code in listCodes { lists.append(try check.list(code, in: constituency)) }
            try check.text(draw, field: .draw)
            if validation == .full {
                let outcome =
                    live.map { $0.rounds.count >= round ? $0.rounds[round - 1][constituency].outcome : nil }
                    ?? nil
                if case .decided(.tie(let tie)) = outcome, tie.stake == .vacancy {
                    throw check.error(.vacancyNotTie(constituency: constituencyCode, round: round))
                }
                guard case .decided(.tie(let tie)) = outcome,
                    let settled = OutcomeRulings.apply(.settled(lists), to: .decided(.tie(tie)), seats: 0),
                    settled != .decided(.tie(tie))
                else {
                    throw check.error(.noTieToSettle(constituency: constituencyCode, round: round))
                }
            }
            setOverride(.settled(lists), round: round, constituency: constituency, citation: citation)
        }
        switch ruling.action {
        case .annulSheet, .markNotOpened, .correctSheet: break
        case .disqualifyList, .overturn, .declareRunoff, .annulConstituency, .settleTie:
            try followRulings(blobs: blobs, event: check.event)
        }
        rulings.append(
            RecordedRuling(
                sequence: check.event.sequence,
                time: check.event.time,
                actor: check.event.actor,
                ruling: ruling
            )
        )
    }

    /// Decides outcomes again under the rulings as they now stand.
    mutating func followRulings(blobs: some BlobSource, event: JournalEvent) throws(RecordError) {
        let rulings = outcomeRulings
        guard let followed = changeCount({ $0.follow(rulings) }) else { return }
        try follow(followed, blobs: blobs, event: event)
    }

    mutating func setOverride(
        _ override: OutcomeRulings.Override,
        round: Int,
        constituency: ConstituencyID,
        citation: String
    ) {
        outcomeRulings.overrides[round, default: [:]][constituency] = .init(override: override, citation: citation)
    }

    mutating func setDeclared(_ status: DeclaredStatus, round: Int, code: String, check: RecordCheck) {
        guard isDeclared else { return }
        declared[round, default: DeclaredRound()].outcomes[code] = DeclaredEntry(
            status: status,
            sequence: check.event.sequence,
            certainty: .sourced
        )
    }

}

extension Ruling {
    /// The decision as people cite it: `Cour constitutionnelle, arrêt n°2020-04/CC-EL, 2020-04-30`.
    public var citation: String { "\(authority), \(number), \(date)" }
}
