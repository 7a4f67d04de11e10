/// Publications: provisional and final results, counted or declared.
extension ElectionRecord {
    mutating func publish(
        _ round: Int,
        stage: Stage,
        declaration: Declaration?,
        check: RecordCheck
    ) throws(RecordError) {
        try check.round(round)
        let earlier = publications.filter { $0.round == round }
        switch stage {
        case .provisional:
            if round > 1, !publications.contains(where: { $0.round == round - 1 }) {
                throw check.error(.publishedBeforeEarlierRound(round))
            }
            if earlier.contains(where: { $0.stage == .final }) {
                throw check.error(.provisionalAfterFinal(round))
            }
        case .final:
            guard earlier.contains(where: { $0.stage == .provisional }) else {
                throw check.error(.finalNeedsProvisional(round))
            }
            guard !earlier.contains(where: { $0.stage == .final }) else {
                throw check.error(.finalAlready(round))
            }
        }
        if let declaration {
            guard !hasSheets else {
                throw check.error(.declaredWithSheets)
            }
            try check.declaration(declaration)
            apply(declaration, round: round, stage: stage, sequence: check.event.sequence)
        }
        publications.append(
            RecordedPublication(
                sequence: check.event.sequence,
                time: check.event.time,
                actor: check.event.actor,
                round: round,
                stage: stage,
                declared: declaration
            )
        )
    }

    mutating func apply(_ declaration: Declaration, round: Int, stage: Stage, sequence: Int) {
        var state = declared[round] ?? DeclaredRound()
        for outcome in declaration.outcomes {
            let status = DeclaredStatus.declared(outcome.status)
            if stage == .final, let before = state.outcomes[outcome.constituency],
                case .declared(let previous) = before.status, outcome.status != .unknown, previous != .unknown,
                !previous.isSame(as: outcome.status)
            {
                discrepancies.append(
                    Discrepancy(
                        sequence: sequence,
                        round: round,
                        constituency: outcome.constituency,
                        before: previous,
                        declared: outcome.status
                    )
                )
            }
            // An unknown outcome does not erase a known one.
            if outcome.status == .unknown, state.outcomes[outcome.constituency] != nil { continue }
            state.outcomes[outcome.constituency] = DeclaredEntry(
                status: status,
                sequence: sequence,
                certainty: outcome.certainty
            )
        }
        if let totals = declaration.totals {
            state.totals = totals
        }
        declared[round] = state
        if !declaration.seats.isEmpty { declaredSeats = (sequence, declaration.seats) }
    }

}
