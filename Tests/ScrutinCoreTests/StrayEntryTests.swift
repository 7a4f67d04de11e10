import ScrutinCore
import ScrutinTestSupport
import Testing

/// Files and folders that look like a bundle's data but are not where the layout puts them are
/// refused (S017), not ignored.
struct StrayEntryTests {
    /// The fixture with its round 1 moved to another folder name.
    static func roundOne(in folder: String) -> InMemoryBundle {
        var bundle = Fixture.bundle
        for file in ["sheets.csv", "votes.csv"] {
            bundle.files["\(folder)/\(file)"] = bundle.files.removeValue(forKey: "round-1/\(file)")
        }
        bundle.files = bundle.files.filter { !$0.key.hasPrefix("round-2/") }
        return bundle
    }

    static func strays(_ bundle: some BundleSource) -> [String] {
        do {
            _ = try ElectionCount.load(from: bundle)
            return []
        } catch {
            return error.problems.filter { $0.code == .strayFile }.map { $0.line(.english) }
        }
    }

    @Test(
        "A round folder not named round-N is refused, with the name it should have",
        arguments: [
            ("round-01", "round-1"), ("Round-1", "round-1"), ("round_1", "round-1"), ("ROUND 1", "round-1"),
            ("tour-1", "round-1"), ("round-1.old", "round-1"), ("round1", "round-1"),
        ]
    )
    func roundFolders(folder: String, expected: String) {
        let lines = Self.strays(Self.roundOne(in: folder))
        #expect(
            lines == [
                "\(folder) S017 fatal: Scrutin does not read this; the bundle's name for it is \(expected): "
                    + "rename or move it (nothing is loaded)"
            ]
        )
    }

    @Test("Round files at the top of the bundle are refused", arguments: ["sheets.csv", "votes.csv", "closed.csv"])
    func roundFilesAtTheTop(file: String) {
        var bundle = Fixture.bundle
        bundle.files[file] = bundle.files["round-1/sheets.csv"]
        let lines = Self.strays(bundle)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(file) S017 fatal:") == true)
        #expect(lines.first?.contains("is round-N/\(file)") == true)
    }

    @Test("Files whose name differs from the layout's by case, or unknown CSV files in a round folder")
    func caseAndUnknownFiles() {
        var bundle = Fixture.bundle
        bundle.files["Previous.csv"] = bundle.files.removeValue(forKey: "previous.csv")
        bundle.files["round-2/Closed.csv"] = Array("station,reason\n".utf8)
        bundle.files["round-2/sheets (1).csv"] = Array("station,registered,voters,invalid,valid\n".utf8)
        bundle.files["round-2/notes.txt"] = Array("a note\n".utf8)
        bundle.files["README.md"] = Array("# notes\n".utf8)
        let lines = Self.strays(bundle)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Previous.csv S017") && $0.contains("is previous.csv:") })
        #expect(lines.contains { $0.hasPrefix("round-2/Closed.csv S017") && $0.contains("is round-2/closed.csv:") })
        #expect(lines.contains { $0.hasPrefix("round-2/sheets (1).csv S017") })
    }

    @Test("The message in French")
    func french() {
        do {
            _ = try ElectionCount.load(from: Self.roundOne(in: "round-01"))
            Issue.record("expected a failure")
        } catch {
            let message = error.problems.first { $0.code == .strayFile }?.message(.french)
            #expect(
                message?.hasPrefix("Scrutin ne lit pas ceci\u{00A0}; son nom dans un dossier de scrutin est round-1")
                    == true
            )
        }
    }

    @Test("The layout's own names raise nothing, whatever the number of rounds")
    func layoutNames() throws {
        #expect(Self.strays(Fixture.bundle).isEmpty)
        #expect(try ElectionCount.load(from: Fixture.bundle).problems.isEmpty)
        #expect(BundleLayout.round(ofFolder: "round-10") == 10)
        #expect(BundleLayout.round(ofFolder: "round-01") == nil)
        #expect(BundleLayout.round(ofFolder: "round-") == nil)
        #expect(BundleLayout.round(ofFolder: "round-+1") == nil)
    }
}
