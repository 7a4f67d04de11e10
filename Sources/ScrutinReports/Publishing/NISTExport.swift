public import ScrutinCore

/// The results in the NIST SP 1500-100 v2 Election Results Common Data Format, as profiled by
/// Google's civics CDF schema (`civics_cdf_spec.xsd`, which `civics-cdf-validator` checks):
/// XML without a namespace, collections wrapped, elements in the schema's order.
///
/// - One `Election` per round (`general`, then `runoff`), each with a `PartyContest` per
///   constituency: a `PartySelection` per list (its member parties), the votes per list,
///   `NumberElected` (the constituency's seats) and `VotesAllowed` 1 (a block list is one vote).
/// - A round-1 contest that went to a runoff points to its round-2 contest
///   (`SubsequentContestId`).
/// - `GpUnit`s: the country, the regions, the constituencies (each a `ReportingUnit` with its
///   Open Civic Data id, registered voters and voters).
/// - Parties with their abbreviation, colour and names.
///
/// Where the format has no place for a fact, it uses the documented extension points
/// (docs/nist-export.md): invalid ballots are the contest's `NullBallotSelection` (not counted
/// in the total); the outcome, the seats by party and the court's rulings are
/// `ExternalIdentifier`s of type `other`, with an `OtherType` naming them.
public enum NISTExport {
    /// The export.
    ///
    /// - Parameters:
    ///   - book: the results.
    ///   - generated: the report's time, `YYYY-MM-DDTHH:MM:SSZ`.
    ///   - countryCode: ISO 3166-1 alpha-2, lower case, for the Open Civic Data ids (default: the
    ///     book's, else `zz`, the user-assigned code; the validator wants an assigned one).
    public static func xml(_ book: ResultsBook, generated: String, countryCode: String? = nil) -> String {
        let ids = Identifiers(book, countryCode: countryCode)
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        xml.open("ElectionReport", ["xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance"])
        for round in book.rounds {
            election(round, book: book, ids: ids, into: &xml)
        }
        xml.leaf("Format", "summary-contest")
        xml.leaf("GeneratedDate", generated.hasSuffix("Z") ? String(generated.dropLast()) : generated)
        xml.open("GovernmentBodyCollection")
        xml.open("GovernmentBody", ["objectId": "gb-1"])
        xml.open("Name")
        xml.leaf("Text", book.body.isEmpty ? book.name : book.body, ["language": "en"])
        xml.close("Name")
        xml.close("GovernmentBody")
        xml.close("GovernmentBodyCollection")
        gpUnits(book, ids: ids, into: &xml)
        xml.leaf("Issuer", book.country.map { "\($0): \(book.body)" } ?? book.name)
        if let abbreviation = book.countryCode?.uppercased() { xml.leaf("IssuerAbbreviation", abbreviation) }
        if book.isSynthetic {
            xml.leaf("IsTest", "true")
        }
        xml.leaf("Notes", ([book.source] + book.notes).joined(separator: " "))
        offices(book, ids: ids, into: &xml)
        parties(book, ids: ids, into: &xml)
        xml.leaf("SequenceStart", "1")
        xml.leaf("SequenceEnd", "1")
        xml.leaf("Status", status(book))
        if book.isSynthetic { xml.leaf("TestType", "synthetic data from scrutin generate") }
        xml.leaf("VendorApplicationId", "Scrutin 0.1.0")
        xml.close("ElectionReport")
        return xml.text
    }

    /// The Open Civic Data ids the export uses, as the validator's local list (`id,name`).
    public static func ocdIDs(_ book: ResultsBook, countryCode: String? = nil) -> String {
        let ids = Identifiers(book, countryCode: countryCode)
        var writer = CSVWriter(header: ["id", "name"])
        writer.append([ids.countryOCD, book.country ?? book.name])
        for region in ids.regionNames { writer.append([ids.regionOCD[region] ?? "", region]) }
        for constituency in book.constituencies {
            writer.append([ids.constituencyOCD[constituency.code] ?? "", constituency.name])
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A stable id's part made from a name, for tests.
    public static func tokenForTesting(_ text: String) -> String { Identifiers.token(text) }

    static func status(_ book: ResultsBook) -> String {
        switch book.stage {
        case "final": "certified"
        case "provisional": "unofficial-complete"
        default: "unofficial-partial"
        }
    }

    static func election(_ round: ResultsBook.RoundDate, book: ResultsBook, ids: Identifiers, into xml: inout XMLWriter)
    {
        xml.open("Election", ["objectId": "el-r\(round.round)"])
        let contests = book.constituencies.compactMap { constituency in
            constituency.rounds.first { $0.round == round.round }.map { (constituency, $0) }
        }
        if !contests.isEmpty {
            xml.open("ContestCollection")
            for (constituency, item) in contests {
                contest(constituency, item, book: book, ids: ids, into: &xml)
            }
            xml.close("ContestCollection")
        }
        xml.leaf("ElectionScopeId", ids.country)
        xml.open("ExternalIdentifiers")
        identifier(&xml, type: "other", other: "stable", value: ids.stable("election-r\(round.round)"))
        xml.close("ExternalIdentifiers")
        xml.open("Name")
        xml.leaf(
            "Text",
            book.name + (round.round == 1 ? " (first round)" : " (round \(round.round))"),
            ["language": "en"]
        )
        xml.leaf(
            "Text",
            book.name + (round.round == 1 ? " (premier tour)" : " (tour \(round.round))"),
            ["language": "fr"]
        )
        xml.close("Name")
        xml.leaf("StartDate", round.date)
        xml.leaf("EndDate", round.date)
        xml.leaf("Type", round.round == 1 ? "general" : "runoff")
        xml.close("Election")
    }

    static func contest(
        _ constituency: ResultsBook.Constituency,
        _ item: ResultsBook.ConstituencyRound,
        book: ResultsBook,
        ids: Identifiers,
        into xml: inout XMLWriter
    ) {
        let contestID = ids.contest(round: item.round, constituency: constituency.code)
        xml.open("Contest", ["objectId": contestID, "xsi:type": "PartyContest"])
        // Lists: counted ones, else those the outcome names.
        let lists: [(label: String, votes: Int64?)] =
            item.votes.isEmpty ? item.lists.map { ($0, nil) } : item.votes.map { ($0.label, $0.votes) }
        for (index, list) in lists.enumerated() {
            guard let party = ids.selectionParty(constituency: constituency.code, label: list.label) else { continue }
            xml.open("BallotSelection", ["objectId": "\(contestID)-s\(index + 1)", "xsi:type": "PartySelection"])
            xml.leaf("SequenceOrder", String(index + 1))
            if let votes = list.votes {
                xml.open("VoteCountsCollection")
                voteCounts(&xml, unit: ids.constituency[constituency.code] ?? ids.country, count: votes)
                xml.close("VoteCountsCollection")
            }
            xml.leaf("PartyIds", party)
            xml.close("BallotSelection")
        }
        xml.open("BallotTitle")
        xml.leaf("Text", constituency.name, ["language": "en"])
        xml.close("BallotTitle")
        xml.leaf("ElectoralDistrictId", ids.constituency[constituency.code] ?? ids.country)
        xml.open("ExternalIdentifiers")
        identifier(
            &xml,
            type: "other",
            other: "stable",
            value: ids.stable("contest-r\(item.round)-\(constituency.code)")
        )
        identifier(
            &xml,
            type: "other",
            other: "outcome",
            value: ReportText.outcomeSummary(status: item.status, lists: item.lists)(.english)
        )
        if let provisional = item.provisional {
            identifier(&xml, type: "other", other: "provisional-outcome", value: provisional.text(.english))
        }
        for ruling in constituency.rulings {
            identifier(&xml, type: "other", other: "court-ruling", value: ruling.text(.english))
        }
        xml.close("ExternalIdentifiers")
        xml.leaf("Name", "\(constituency.name), round \(item.round)")
        if let totals = item.totals {
            xml.open("NullBallotSelection", ["objectId": "\(contestID)-invalid"])
            xml.open("VoteCountsCollection")
            voteCounts(&xml, unit: ids.constituency[constituency.code] ?? ids.country, count: totals.invalid)
            xml.close("VoteCountsCollection")
            xml.leaf("CountedInTotal", "false")
            xml.open("Selection")
            xml.leaf("Text", "Invalid and blank ballots", ["language": "en"])
            xml.leaf("Text", "Bulletins nuls et blancs", ["language": "fr"])
            xml.close("Selection")
            xml.close("NullBallotSelection")
        }
        if item.status == "runoff", constituency.rounds.contains(where: { $0.round == item.round + 1 }) {
            xml.leaf("SubsequentContestId", ids.contest(round: item.round + 1, constituency: constituency.code))
        }
        if let totals = item.totals {
            xml.open("SummaryCounts")
            xml.leaf("GpUnitId", ids.constituency[constituency.code] ?? ids.country)
            xml.leaf("Type", "total")
            xml.leaf("BallotsCast", String(totals.voters))
            xml.close("SummaryCounts")
        }
        if let coverage = item.coverage {
            xml.leaf("TotalSubUnits", String(coverage.expected))
        }
        xml.leaf("NumberElected", String(constituency.seats))
        xml.leaf("OfficeIds", ids.office(constituency.code))
        xml.leaf("VotesAllowed", "1")
        xml.close("Contest")
    }

    static func gpUnits(_ book: ResultsBook, ids: Identifiers, into xml: inout XMLWriter) {
        xml.open("GpUnitCollection")
        let nation = book.votes.first?.figures
        reportingUnit(
            &xml,
            id: ids.country,
            composing: ids.regionNames.compactMap { ids.region[$0] },
            ocd: ids.countryOCD,
            name: book.country ?? book.name,
            type: "country",
            registered: nation?.registered,
            voters: nation?.voters
        )
        for region in ids.regionNames {
            let codes = book.constituencies.filter { $0.region == region }.compactMap { ids.constituency[$0.code] }
            let totals = book.regions.first { $0.name == region }?.totals[1]
            reportingUnit(
                &xml,
                id: ids.region[region] ?? "",
                composing: codes,
                ocd: ids.regionOCD[region] ?? "",
                name: region,
                type: "state",
                registered: totals?.registered,
                voters: totals?.voters
            )
        }
        for constituency in book.constituencies {
            let totals = constituency.rounds.first?.totals
            reportingUnit(
                &xml,
                id: ids.constituency[constituency.code] ?? "",
                composing: [],
                ocd: ids.constituencyOCD[constituency.code] ?? "",
                name: constituency.name,
                type: "county",
                registered: totals?.registered,
                voters: totals?.voters
            )
        }
        xml.close("GpUnitCollection")
    }

    static func reportingUnit(
        _ xml: inout XMLWriter,
        id: String,
        composing: [String],
        ocd: String,
        name: String,
        type: String,
        registered: Int64?,
        voters: Int64?
    ) {
        xml.open("GpUnit", ["objectId": id, "xsi:type": "ReportingUnit"])
        if !composing.isEmpty { xml.leaf("ComposingGpUnitIds", composing.joined(separator: " ")) }
        xml.open("ExternalIdentifiers")
        identifier(&xml, type: "ocd-id", other: nil, value: ocd)
        identifier(&xml, type: "other", other: "stable", value: "stable-\(id)")
        xml.close("ExternalIdentifiers")
        xml.open("InternationalizedName")
        xml.leaf("Text", name, ["language": "en"])
        xml.close("InternationalizedName")
        xml.leaf("Type", type)
        if let voters { xml.leaf("VotersParticipated", String(voters)) }
        if let registered { xml.leaf("VotersRegistered", String(registered)) }
        xml.close("GpUnit")
    }

    /// One office per constituency: its seats in the body elected.
    static func offices(_ book: ResultsBook, ids: Identifiers, into xml: inout XMLWriter) {
        guard !book.constituencies.isEmpty else { return }
        xml.open("OfficeCollection")
        for constituency in book.constituencies {
            xml.open("Office", ["objectId": ids.office(constituency.code)])
            xml.leaf("ElectoralDistrictId", ids.constituency[constituency.code] ?? ids.country)
            xml.open("ExternalIdentifiers")
            identifier(&xml, type: "other", other: "stable", value: ids.stable("office-\(constituency.code)"))
            xml.close("ExternalIdentifiers")
            xml.leaf("GovernmentBodyIds", "gb-1")
            xml.leaf("IsPartisan", "true")
            xml.leaf("JurisdictionId", ids.country)
            xml.leaf("Level", "Country")
            xml.open("Name")
            let body = book.body.isEmpty ? "Member" : "Member of the \(book.body)"
            xml.leaf("Text", "\(body), \(constituency.name) (\(constituency.seats) seats)", ["language": "en"])
            xml.close("Name")
            // The closest role the schema has for a single-chamber parliament.
            xml.leaf("Role", "lower house")
            xml.leaf("SelectionMethod", "directly-elected")
            xml.close("Office")
        }
        xml.close("OfficeCollection")
    }

    /// The parties, then the independent lists and the coalitions (a coalition is a list of several
    /// parties in one constituency: it differs from one constituency to the next).
    static func parties(_ book: ResultsBook, ids: Identifiers, into xml: inout XMLWriter) {
        guard !ids.partyCodes.isEmpty || !ids.lists.isEmpty else { return }
        xml.open("PartyCollection")
        let lines = Dictionary(book.parties.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for code in ids.partyCodes {
            let line = lines[code]
            let colour = line?.colour
            party(
                &xml,
                id: ids.party[code] ?? "",
                type: nil,
                abbreviation: code,
                colour: colour,
                stable: ids.stable("party-\(code)"),
                seats: line.flatMap { $0.total > 0 ? $0.total : nil },
                independent: line?.kind == .independents,
                name: ids.partyNames[code] ?? line?.name ?? code,
                scope: ids.country,
                members: nil
            )
        }
        for list in ids.lists {
            party(
                &xml,
                id: list.id,
                type: list.members.isEmpty ? nil : "Coalition",
                abbreviation: list.label,
                colour: nil,
                stable: ids.stable("list-\(list.constituency)-\(list.label)"),
                seats: nil,
                independent: list.members.isEmpty,
                name: list.label,
                scope: ids.constituency[list.constituency] ?? ids.country,
                members: list.members.isEmpty ? nil : (list.contests, list.members)
            )
        }
        xml.close("PartyCollection")
    }

    static func party(
        _ xml: inout XMLWriter,
        id: String,
        type: String?,
        abbreviation: String,
        colour: String?,
        stable: String,
        seats: Int?,
        independent: Bool,
        name: String,
        scope: String,
        members: (contests: [String], parties: [String])?
    ) {
        var attributes = ["objectId": id]
        if let type { attributes["xsi:type"] = type }
        xml.open("Party", attributes)
        xml.open("InternationalizedAbbreviation")
        xml.leaf("Text", abbreviation, ["language": "en"])
        xml.close("InternationalizedAbbreviation")
        if let colour, colour.hasPrefix("#"), colour.count == 7 { xml.leaf("Color", String(colour.dropFirst())) }
        xml.open("ExternalIdentifiers")
        identifier(&xml, type: "other", other: "stable", value: stable)
        if let seats { identifier(&xml, type: "other", other: "seats-won", value: String(seats)) }
        xml.close("ExternalIdentifiers")
        if independent { xml.leaf("IsIndependent", "true") }
        xml.open("Name")
        xml.leaf("Text", name, ["language": "en"])
        xml.close("Name")
        xml.leaf("PartyScopeGpUnitIds", scope)
        if let members {
            if !members.contests.isEmpty { xml.leaf("ContestIds", members.contests.joined(separator: " ")) }
            xml.leaf("PartyIds", members.parties.joined(separator: " "))
        }
        xml.close("Party")
    }

    static func voteCounts(_ xml: inout XMLWriter, unit: String, count: Int64) {
        xml.open("VoteCounts")
        xml.leaf("GpUnitId", unit)
        xml.leaf("Type", "total")
        xml.leaf("Count", String(count))
        xml.close("VoteCounts")
    }

    static func identifier(_ xml: inout XMLWriter, type: String, other: String?, value: String) {
        xml.open("ExternalIdentifier")
        xml.leaf("Type", type)
        if let other { xml.leaf("OtherType", other) }
        xml.leaf("Value", value)
        xml.close("ExternalIdentifier")
    }

    /// Object ids (XML `ID`s) and Open Civic Data ids, made once for the whole export.
    struct Identifiers {
        let country: String
        let countryOCD: String
        let regionNames: [String]
        var region: [String: String] = [:]
        var regionOCD: [String: String] = [:]
        var constituency: [String: String] = [:]
        var constituencyOCD: [String: String] = [:]
        var party: [String: String] = [:]
        var partyCodes: [String] = []
        var partyNames: [String: String] = [:]
        /// Coalitions and independent lists, by constituency and label.
        var lists: [ListParty] = []
        var listIndex: [String: Int] = [:]
        let prefix: String

        struct ListParty {
            var id: String
            var constituency: String
            var label: String
            /// Member party ids; empty for an independent list.
            var members: [String]
            var contests: [String]
        }

        init(_ book: ResultsBook, countryCode: String?) {
            let code = (countryCode ?? book.countryCode ?? "zz").lowercased()
            country = "ru-\(code)"
            countryOCD = "ocd-division/country:\(code)"
            prefix = Self.token(book.name)
            regionNames = Array(Set(book.constituencies.map(\.region))).sorted()
            for (index, name) in regionNames.enumerated() {
                region[name] = "ru-region-\(index + 1)"
                regionOCD[name] = countryOCD + "/region:" + Self.slug(name)
            }
            for (index, item) in book.constituencies.enumerated() {
                constituency[item.code] = "ru-c\(index + 1)"
                constituencyOCD[item.code] =
                    (regionOCD[item.region] ?? countryOCD) + "/constituency:" + Self.slug(item.code)
            }
            partyNames = book.partyNames
            for line in book.parties where partyNames[line.code] == nil { partyNames[line.code] = line.name }
            // Parties: those of the seat table, then every member party of a list.
            var codes: [String] = book.parties.map(\.code)
            for constituency in book.constituencies {
                for round in constituency.rounds {
                    for label in round.lists + round.votes.map(\.label) {
                        let members = label.split(separator: "+").map(String.init)
                        if members.allSatisfy({ partyNames[$0] != nil }) { codes += members }
                    }
                }
            }
            var seen = Set<String>()
            partyCodes = codes.filter { !$0.isEmpty && seen.insert($0).inserted }
            for (index, code) in partyCodes.enumerated() { party[code] = "par\(index + 1)" }
            // Coalitions and independent lists, with the contests they run in.
            for constituency in book.constituencies {
                for round in constituency.rounds {
                    for label in Array(Set(round.lists + round.votes.map(\.label))).sorted() {
                        let members = label.split(separator: "+").map(String.init)
                        let known = members.allSatisfy { party[$0] != nil }
                        guard !(known && members.count == 1) else { continue }
                        let key = constituency.code + "\u{0}" + label
                        let contest = "cc-r\(round.round)-" + (self.constituency[constituency.code] ?? "x").dropFirst(3)
                        if let index = listIndex[key] {
                            if !lists[index].contests.contains(contest) { lists[index].contests.append(contest) }
                            continue
                        }
                        listIndex[key] = lists.count
                        lists.append(
                            ListParty(
                                id: "list\(lists.count + 1)",
                                constituency: constituency.code,
                                label: label,
                                members: known ? members.compactMap { party[$0] } : [],
                                contests: [contest]
                            )
                        )
                    }
                }
            }
        }

        /// The party a list's selection names: the party, the coalition, or the independent list.
        func selectionParty(constituency: String, label: String) -> String? {
            if let index = listIndex[constituency + "\u{0}" + label] { return lists[index].id }
            return party[label]
        }

        func office(_ code: String) -> String { "off-" + (constituency[code] ?? "x").dropFirst(3) }

        func contest(round: Int, constituency code: String) -> String {
            "cc-r\(round)-" + (constituency[code] ?? "x").dropFirst(3)
        }

        func stable(_ text: String) -> String { "scrutin-\(prefix)-\(Self.token(text))" }

        /// A stable id's part: the text's slug, with a short hash of the text when the slug
        /// lost something (accents, scripts other than Latin, punctuation), so two texts never
        /// share one.
        static func token(_ text: String) -> String {
            let slug = Self.slug(text)
            guard slug != text.lowercased() else { return slug }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return slug + "-" + String(hash & 0xFFFF_FFFF, radix: 16)
        }

        /// Lower-case ASCII, accents dropped, other characters as `_`: `Ségou` → `segou`.
        static func slug(_ text: String) -> String {
            var result = ""
            for scalar in text.lowercased().decomposedStringWithCanonicalMappingCompat.unicodeScalars {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: result.unicodeScalars.append(scalar)
                case 0x2D: result.unicodeScalars.append(scalar)
                case 0x300...0x36F: continue  // combining accents
                default: if !result.hasSuffix("_") { result += "_" }
                }
            }
            while result.hasPrefix("_") { result.removeFirst() }
            while result.hasSuffix("_") { result.removeLast() }
            return result.isEmpty ? "x" : result
        }
    }
}

extension String {
    /// The string with accented letters split into letter and accent (NFD), without Foundation.
    var decomposedStringWithCanonicalMappingCompat: String {
        var result = ""
        for scalar in unicodeScalars {
            if let base = latinBase[scalar.value] {
                result.unicodeScalars.append(Unicode.Scalar(base) ?? scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The base letters of the accented Latin letters that place names use.
private let latinBase: [UInt32: UInt32] = {
    var map: [UInt32: UInt32] = [:]
    let groups: [(String, Character)] = [
        ("àáâãäå", "a"), ("çć", "c"), ("èéêë", "e"), ("ìíîï", "i"), ("ñ", "n"), ("òóôõöø", "o"), ("ùúûü", "u"),
        ("ýÿ", "y"), ("œ", "o"), ("æ", "a"),
    ]
    for (letters, base) in groups {
        for letter in letters.unicodeScalars { map[letter.value] = base.unicodeScalars.first?.value }
    }
    return map
}()

/// Writes indented XML, escaping text and attributes.
struct XMLWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func raw(_ line: String) { text += line + "\n" }

    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        text += indent + "<\(name)\(Self.attributes(attributes))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</\(name)>\n"
    }

    mutating func leaf(_ name: String, _ value: String, _ attributes: [String: String] = [:]) {
        text += indent + "<\(name)\(Self.attributes(attributes))>\(SVG.escape(value))</\(name)>\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: [String: String]) -> String {
        // objectId first, then the others by name: stable output.
        attributes.sorted { ($0.key == "objectId" ? "" : $0.key) < ($1.key == "objectId" ? "" : $1.key) }
            .map { " \($0.key)=\"\(SVG.escape($0.value))\"" }.joined()
    }
}
