/// Files and folders a bundle holds that look like its data but that the layout does not name.
///
/// A round folder spelt `round-01`, `Round-1` or `round_1`, `sheets.csv` at the top, a file whose
/// name differs from the layout's by case: read as they are, they would be ignored unseen (a round
/// read as "no tally sheet yet"), so they are refused (S017), since an import is all or nothing.
enum StrayEntries {
    /// The problems of the bundle's stray entries, in the order of their paths.
    static func problems(in source: some BundleSource) -> [Problem] {
        var problems: [Problem] = []
        func stray(_ path: String, expected: String) {
            problems.append(Problem(.strayFile, at: BundleLocation(file: path), [expected]))
        }
        let definitionFiles = Set(BundleLayout.definitionFiles)
        for name in source.names(in: "") where !definitionFiles.contains(name) {
            let lower = name.lowercased()
            if let round = BundleLayout.round(ofFolder: name) {
                for file in source.names(in: name) where !BundleLayout.roundFiles.contains(file) {
                    let lowerFile = file.lowercased()
                    if BundleLayout.roundFiles.contains(lowerFile) {
                        stray("\(name)/\(file)", expected: "round-\(round)/\(lowerFile)")
                    } else if lowerFile.hasSuffix(".csv") {
                        stray("\(name)/\(file)", expected: "round-\(round)/{sheets,votes,closed}.csv")
                    }
                }
            } else if BundleLayout.roundFiles.contains(lower) {
                stray(name, expected: "round-N/\(lower)")
            } else if definitionFiles.contains(lower) {
                stray(name, expected: lower)
            } else if let round = roundLike(lower) {
                stray(name, expected: round.map { "round-\($0)" } ?? "round-N")
            }
        }
        return problems
    }

    /// Whether a lowercased name looks like a round's folder (`round-01`, `round_1`, `round 1`,
    /// `tour-2`, `round-1.old`): the round it seems to name (nil for an unreadable number), or nil
    /// when it does not look like one.
    static func roundLike(_ lower: String) -> Int?? {
        for prefix in ["round", "tour"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).drop { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { continue }
            return .some(Int(digits))
        }
        return nil
    }
}
