import ScrutinCore
import ScrutinTestSupport
import Testing

/// Control and invisible characters in the definition's names are refused at load (D003), with
/// the file, the line and the field; one rule (`ForbiddenCharacters`) serves every check.
struct ForbiddenCharacterTests {
    /// A name with a forbidden character: the file, the line replaced, and the field named.
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let text: String
        let field: String
        var testDescription: String { "\(file):\(line) [\(field)]" }
    }

    static let cases: [Case] = [
        Case(file: BundleLayout.parties, line: 2, text: "A,Alpha\u{1B}[31m,#FF0000", field: "name"),
        Case(file: BundleLayout.parties, line: 3, text: "B,Be\u{07}ta,", field: "name"),
        Case(file: BundleLayout.constituencies, line: 2, text: "N1,North,Region\u{202E}enO,3", field: "region"),
        Case(file: BundleLayout.constituencies, line: 3, text: "S1,So\u{00}uth,Region Two,1", field: "name"),
        Case(file: BundleLayout.lists, line: 2, text: "LA-N1,N1,Alpha\u{200B}North,A", field: "name"),
        Case(file: BundleLayout.candidates, line: 2, text: "LA-N1,1,Awa\u{2066} Diallo,F,A", field: "name"),
        Case(file: BundleLayout.candidates, line: 3, text: "LA-N1,2,Bakary\u{85}Keïta,M,A", field: "name"),
        Case(file: BundleLayout.stations, line: 2, text: "N1-01,N1,École\u{1B}]0;A\u{07},500", field: "name"),
        Case(file: BundleLayout.stations, line: 3, text: "N1-02,N1,Mairie\u{2069},400", field: "name"),
        Case(file: BundleLayout.stations, line: 4, text: "S1-01,S1,École\u{9B}B,300", field: "name"),
        Case(file: BundleLayout.stations, line: 5, text: "S1-02,S1,É\u{00AD}cole C,200", field: "name"),
    ]

    @Test("A forbidden character in a name is D003, at its file, line and field", arguments: cases)
    func refused(_ item: Case) {
        let bundle = Fixture.bundle(replacingLine: item.line, of: item.file, with: item.text)
        for options in [LoadOptions.sequential, LoadOptions(threads: 3, minimumChunkBytes: 16)] {
            do {
                _ = try ElectionCount.load(from: bundle, options: options)
                Issue.record("expected a failure")
            } catch {
                let problems = error.problems.filter { $0.code == .invalidValue }
                #expect(
                    problems.map(\.location) == [BundleLocation(file: item.file, line: item.line, field: item.field)],
                    "\(error.problems.map { $0.line(.english) })"
                )
                let message = problems.first?.message(.english) ?? ""
                #expect(message.hasSuffix("' is not a text without control or invisible characters"), "\(message)")
                #expect(!message.unicodeScalars.contains(where: ForbiddenCharacters.contains), "shown raw: \(message)")
                let french = problems.first?.message(.french) ?? ""
                #expect(french.hasSuffix("» n’est pas un texte sans caractère de contrôle ni caractère invisible"))
            }
        }
    }

    @Test("The election's name in election.json")
    func electionName() {
        let bundle = Fixture.bundle(
            replacing: BundleLayout.election,
            with: Fixture.election.replacing("Fixture election", with: "Fixture\\u001b[2J election")
        )
        do {
            _ = try ElectionCount.load(from: bundle)
            Issue.record("expected a failure")
        } catch {
            #expect(
                error.problems.map { $0.line(.english) } == [
                    "election.json:1 [name] D003 fatal: 'Fixture\\u{1B}[2J election' is not a text without control or "
                        + "invisible characters"
                ]
            )
        }
    }

    @Test("Names in any script, with accents and apostrophes, are taken")
    func namesInAnyScript() throws {
        let bundle = Fixture.bundle(replacingLine: 7, of: BundleLayout.candidates, with: "LB-N1,3,ߊߡߊߘߎ ߞߋߌߕߊ,M,B")
            .with(
                BundleLayout.stations,
                Fixture.stations.replacing("École A", with: "Mosquée Sankoré — N’Tomikorobougou")
            )
        #expect(try ElectionCount.load(from: bundle).problems.isEmpty)
    }

    @Test("The rule's shortcut below U+0300 is the rule of Unicode's categories")
    func shortcut() {
        for value in 0..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category: Bool
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                category = true
            default: category = false
            }
            #expect(ForbiddenCharacters.contains(scalar) == category, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x200B, 0x200C, 0x200D, 0x200E, 0x2028, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xE000] {
            #expect(Unicode.Scalar(value).map(ForbiddenCharacters.contains) == true, "U+\(String(value, radix: 16))")
        }
    }
}
