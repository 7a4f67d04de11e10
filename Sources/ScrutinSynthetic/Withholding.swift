public import ScrutinCore

/// Holds sheets back from a generated bundle, to submit them one at a time afterwards: the
/// results-night workload of the tests and of `scrutin bench`.
public enum Withholding {
    /// Removes every `step`-th sheet of a round (and its vote rows) from a bundle.
    ///
    /// Meant for generated bundles, whose rows have no quoted fields.
    ///
    /// - Returns: the bundle without those sheets, and the sheets as submissions, in file order.
    public static func withhold(
        every step: Int,
        round: Int,
        from bundle: InMemoryBundle
    ) -> (
        bundle: InMemoryBundle, sheets: [SheetSubmission]
    ) {
        var bundle = bundle
        let sheetsPath = BundleLayout.sheets(round: round)
        let votesPath = BundleLayout.votes(round: round)
        let sheetLines = (bundle[text: sheetsPath] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        guard sheetLines.count > 1 else { return (bundle, []) }
        var kept = [sheetLines[0]]
        var held: [Substring: SheetSubmission] = [:]
        var order: [Substring] = []
        for (index, line) in sheetLines.dropFirst().enumerated() where !line.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard index % step == step - 1, fields.count == 5, let registered = Int(fields[1]),
                let voters = Int(fields[2]),
                let invalid = Int(fields[3]), let valid = Int(fields[4])
            else {
                kept.append(line)
                continue
            }
            held[fields[0]] = SheetSubmission(
                station: String(fields[0]),
                registered: registered,
                voters: voters,
                invalid: invalid,
                valid: valid,
                votes: []
            )
            order.append(fields[0])
        }
        var keptVotes: [Substring] = []
        for line in (bundle[text: votesPath] ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.count == 3, held[fields[0]] != nil, let votes = Int(fields[2]) {
                held[fields[0]]?.votes.append(SheetSubmission.ListVotes(list: String(fields[1]), votes: votes))
            } else if !line.isEmpty {
                keptVotes.append(line)
            }
        }
        bundle[text: sheetsPath] = kept.joined(separator: "\n") + "\n"
        bundle[text: votesPath] = keptVotes.joined(separator: "\n") + "\n"
        return (bundle, order.compactMap { held[$0] })
    }
}
