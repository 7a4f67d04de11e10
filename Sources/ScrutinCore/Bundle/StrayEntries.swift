/// Files and folders a bundle holds that look like its data but that the layout does not name.
///
/// A round folder spelt `round-01`, `Round-1` or `round_1`, `sheets.csv` at the top, a file whose
/// name differs from the layout's by case: read as they are, they would be ignored unseen (a round
/// read as "no tally sheet yet"), so they are refused (S017), since an import is all or nothing.
public enum StrayEntries {
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
                problems += roundFolderProblems(source.names(in: name), folder: name, round: round)
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

    /// The stray files of a round's folder on its own (`scrutin import FILE ROUND_DIR`): a round
    /// file named with other capitals, another `.csv` file; their paths are `round-N/…`.
    public static func problems(inRoundFolder source: some BundleSource, round: Int) -> [Problem] {
        roundFolderProblems(source.names(in: ""), folder: "round-\(round)", round: round)
    }

    /// The stray files among the names of a round's folder.
    static func roundFolderProblems(_ names: [String], folder: String, round: Int) -> [Problem] {
        names.compactMap { file in
            guard !BundleLayout.roundFiles.contains(file) else { return nil }
            let lower = file.lowercased()
            let expected: String
            if BundleLayout.roundFiles.contains(lower) {
                expected = "round-\(round)/\(lower)"
            } else if lower.hasSuffix(".csv") {
                expected = "round-\(round)/{sheets,votes,closed}.csv"
            } else {
                return nil
            }
            return Problem(.strayFile, at: BundleLocation(file: "\(folder)/\(file)"), [expected])
        }
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
