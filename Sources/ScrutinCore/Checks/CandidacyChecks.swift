/// The checks on candidacies that the Constitutional Court makes before it validates lists.
///
/// - C001: a list has as many candidates as its constituency has seats.
/// - C002: Law 2015-052: a list of three or more names may not have more than 70 % of one sex.
/// - C003: a candidate stands on one list only. Without a national identity number in the bundle,
///   candidates are the same person when their names match, ignoring case and repeated spaces;
///   homonyms are therefore reported for a person to review.
/// - C004: a candidate's party is a member of the list (or the candidate is independent).
/// - C005: positions run from 1 to n.
enum CandidacyChecks {
    /// The largest share of one sex on a list of `genderQuotaMinimumSize` or more names, in percent.
    static let genderQuotaMaximumPercent = 70
    static let genderQuotaMinimumSize = 3

    static func run(_ definition: ElectionDefinition, candidateLines lines: [Int], listLines: [Int]) -> [Problem] {
        var problems: [Problem] = []
        let file = BundleLayout.candidates
        var firstList: [String: (list: Int, line: Int)] = [:]

        for (list, members) in definition.candidatesOfList.enumerated() {
            let value = definition.lists[list]
            let constituency = definition.constituencies[definition.listConstituency[list]]
            let listLocation = BundleLocation(file: BundleLayout.lists, line: listLines[list], field: "code")
            let firstLine = members.map { lines[$0] }.min()
            let location = firstLine.map { BundleLocation(file: file, line: $0) } ?? listLocation

            if members.count != constituency.seats {
                problems.append(
                    Problem(
                        .listSize,
                        at: location,
                        [value.code, String(members.count), constituency.code, String(constituency.seats)]
                    )
                )
            }
            let positions = members.map { definition.candidates[$0].position }
            if positions != Array(1...max(1, members.count)) && !members.isEmpty {
                problems.append(
                    Problem(
                        .positionGap,
                        at: location,
                        [value.code, positions.map(String.init).joined(separator: ","), String(members.count)]
                    )
                )
            }
            if members.count >= genderQuotaMinimumSize {
                let women = members.count { definition.candidates[$0].gender == .female }
                let larger = max(women, members.count - women)
                if larger * 100 > genderQuotaMaximumPercent * members.count {
                    let sex = women > members.count - women ? "F" : "M"
                    problems.append(
                        Problem(
                            .genderQuota,
                            at: location,
                            [value.code, String(larger), String(members.count), sex]
                        )
                    )
                }
            }
            for member in members {
                let candidate = definition.candidates[member]
                let line = lines[member]
                if let party = definition.candidateParty[member], !definition.listParties[list].contains(party) {
                    problems.append(
                        Problem(
                            .partyNotOnList,
                            at: BundleLocation(file: file, line: line, field: "party"),
                            [definition.parties[party].code, value.code, definition.label(of: ListID(list))]
                        )
                    )
                }
                let key = normalizedName(candidate.name)
                if let first = firstList[key] {
                    problems.append(
                        Problem(
                            .candidateOnSeveralLists,
                            at: BundleLocation(file: file, line: line, field: "name"),
                            [candidate.name, definition.lists[first.list].code, String(first.line)]
                        )
                    )
                } else {
                    firstList[key] = (list, line)
                }
            }
        }
        return problems.sorted { $0.location < $1.location }
    }

    /// A name folded for comparison: lower case, single spaces.
    static func normalizedName(_ name: String) -> String {
        // Fast path: ASCII names (most of them) are folded byte by byte.
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else {
                return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(0x20)
                pendingSpace = false
            }
            folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
