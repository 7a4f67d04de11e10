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
                throw check.error(
                    en: "round \(round)'s results may not be published before round \(round - 1)'s",
                    fr: "les résultats du tour \(round) ne peuvent être publiés avant ceux du tour \(round - 1)"
                )
            }
            if earlier.contains(where: { $0.stage == .final }) {
                throw check.error(
                    en: "round \(round)'s final results are proclaimed already: provisional results come before",
                    fr: "les résultats définitifs du tour \(round) sont déjà proclamés : les provisoires viennent avant"
                )
            }
        case .final:
            guard earlier.contains(where: { $0.stage == .provisional }) else {
                throw check.error(
                    en: "round \(round)'s final results need provisional results published first",
                    fr: "les résultats définitifs du tour \(round) demandent d'abord des résultats provisoires"
                )
            }
            guard !earlier.contains(where: { $0.stage == .final }) else {
                throw check.error(
                    en: "round \(round)'s final results are proclaimed already (a later change is a ruling)",
                    fr:
                        "les résultats définitifs du tour \(round) sont déjà proclamés (un changement ultérieur est une décision)"
                )
            }
        }
        if let declaration {
            guard !hasSheets else {
                throw check.error(
                    en: "this record holds tally sheets: its results are counted, not declared",
                    fr: "ce registre contient des procès-verbaux : ses résultats sont comptés, non déclarés"
                )
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
