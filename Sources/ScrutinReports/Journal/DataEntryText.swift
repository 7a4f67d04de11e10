public import ScrutinCore

/// A sheet's double-entry state, as a clerk or a supervisor reads it.
public enum DataEntryText {
    public static func describe(_ state: DataEntryState, station: String, round: Int, language: Language) -> String {
        let french = language == .french
        let sheet = french ? "bureau \(station), tour \(round)" : "station \(station), round \(round)"
        switch state {
        case .empty:
            return sheet + (french ? " : à saisir" : ": to be keyed")
        case .keyedOnce(_, let clerk):
            return sheet
                + (french
                    ? " : saisi une fois (par \(clerk)) ; un autre agent doit le saisir à nouveau"
                    : ": keyed once (by \(clerk)); another clerk must key it again")
        case .different(let first, let firstClerk, let second, let secondClerk):
            let fields = first.differences(from: second).map { Words.sheetField($0, language: language) }
                .joined(separator: ", ")
            return sheet
                + (french
                    ? " : les saisies de \(firstClerk) et \(secondClerk) diffèrent (\(fields)) ; un superviseur doit trancher"
                    : ": the entries of \(firstClerk) and \(secondClerk) differ (\(fields)); a supervisor must settle it")
        case .accepted(_, let how):
            switch how {
            case .doubleEntry(let a, let b):
                return sheet
                    + (french ? " : accepté, saisies concordantes de \(a) et \(b)" : ": accepted, \(a) and \(b) agree")
            case .supervisor(let supervisor, let kept):
                return sheet
                    + (french
                        ? " : accepté, \(supervisor) a gardé la \(kept == "first" ? "première" : "seconde") saisie"
                        : ": accepted, \(supervisor) kept the \(kept) entry")
            case .trusted(let source):
                return sheet
                    + (french
                        ? " : accepté sans double saisie (\(source))" : ": accepted without double entry (\(source))")
            }
        }
    }
}
