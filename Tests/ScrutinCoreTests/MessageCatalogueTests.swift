import Foundation
import Testing

@testable import ScrutinCore

/// The message catalogue: every entry in both languages, French typography, every case sampled,
/// refusal codes, and no message made outside the catalogue.
struct MessageCatalogueTests {
    /// Every message the catalogues hold: the message catalogue's samples, and the check
    /// catalogue's meanings, templates and words.
    static let messages: [(name: String, message: Message)] =
        MessageCatalogue.samples
        + CheckCatalogue.all.flatMap { check in
            [("\(check.code) meaning", check.meaning), ("\(check.code) template", check.template)]
                + check.words.map { ("\(check.code) word \($0.key)", $0.value) }
        }
        + RefusalCatalogue.all.map { ("\($0.code) meaning", $0.meaning) }

    /// Entries that may read the same in both languages (names, codes, symbols, texts shown as
    /// they come).
    static let sameInBothLanguages = MessageCatalogue.sameInBothLanguages

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    @Test("Every entry has both languages, not empty, and different unless it is a name or a symbol")
    func bothLanguages() {
        #expect(Self.messages.count > 300)
        for (name, message) in Self.messages {
            #expect(!message.english.isEmpty, "\(name): no English")
            #expect(!message.french.isEmpty, "\(name): no French")
            // A template that is only its argument (`{0}`) reads the same.
            let onlyArguments = message.english.replacing(/\{[0-9]\}/, with: "").isEmpty
            if !Self.sameInBothLanguages.contains(name), !name.contains(" word "), !onlyArguments {
                #expect(message.english != message.french, "\(name): the same in English and French")
            }
        }
    }

    /// Problems of French typography in a text: an ordinary space, or none, before `: ; ! ?` and
    /// `%`, inside « guillemets », and straight apostrophes.
    static func typographyProblems(_ text: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case ":", ";", "!", "?":
                // A sign that ends a clause (followed by a space or the end) takes a no-break space.
                if before == " " || before == "\u{202F}" {
                    problems.append("a space that breaks before «\(scalar)»")
                } else if after == nil || after == " " || after == "\n", let before, before != "\u{00A0}" {
                    problems.append("no no-break space before «\(scalar)»")
                }
            case "%":
                if before == " " { problems.append("a space that breaks before «%»") }
                if before?.properties.numericType != nil { problems.append("no no-break space before «%»") }
            case "«":
                if after != "\u{00A0}" { problems.append("no no-break space after «") }
            case "»":
                if before != "\u{00A0}" { problems.append("no no-break space before »") }
            case "'":
                problems.append("a straight apostrophe (French uses ’)")
            default: break
            }
        }
        return problems
    }

    @Test("French follows French typography: no-break spaces before : ; ! ? % and inside « », the apostrophe ’")
    func frenchTypography() {
        for (name, message) in Self.messages {
            let problems = Self.typographyProblems(message.french)
            #expect(problems.isEmpty, "\(name): \(problems) in «\(message.french.replacing("\u{00A0}", with: "⍽"))»")
        }
    }

    @Test("The typography check finds what it looks for")
    func typographyCheck() {
        #expect(Self.typographyProblems("Erreur\u{00A0}: le bureau «\u{00A0}N1\u{00A0}» n’existe pas").isEmpty)
        #expect(!Self.typographyProblems("Erreur : x").isEmpty)
        #expect(!Self.typographyProblems("Erreur: x").isEmpty)
        #expect(!Self.typographyProblems("« N1 »").isEmpty)
        #expect(!Self.typographyProblems("n'existe").isEmpty)
        #expect(Self.typographyProblems("10:30, https://example.org, 35,58\u{00A0}%").isEmpty)
    }

    /// The cases each entry type declares, from its source (`    case name` at the top of an
    /// `enum … MessageEntry` in `Sources/ScrutinCore/Messages`).
    static func declaredCases() throws -> Set<String> {
        let folder = packageRoot + "/Sources/ScrutinCore/Messages"
        var names = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            var type: String?
            for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("public enum "), line.contains("MessageEntry") {
                    type = String(line.dropFirst("public enum ".count).prefix { $0.isLetter || $0.isNumber })
                } else if line.hasPrefix("}") {
                    type = nil
                } else if let type, line.hasPrefix("    case "), !line.hasPrefix("    case .") {
                    let name = line.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    names.insert("\(type).\(name)")
                }
            }
        }
        return names
    }

    @Test("Every case of every entry type is sampled, so that the tests above see each message")
    func everyCaseSampled() throws {
        let declared = try Self.declaredCases()
        let sampled = Set(MessageCatalogue.samples.map(\.name))
        #expect(declared.count > 200)
        #expect(declared.subtracting(sampled).isEmpty, "not sampled: \(declared.subtracting(sampled).sorted())")
        #expect(
            sampled.subtracting(declared).isEmpty,
            "sampled, not declared: \(sampled.subtracting(declared).sorted())"
        )
    }

    @Test("Every entry type in Messages is in the catalogue's registry")
    func registryComplete() throws {
        let declared = Set(try Self.declaredCases().map { String($0.prefix { $0 != "." }) })
        let registered = Set(MessageCatalogue.entries.map { "\($0)" })
        #expect(declared == registered)
    }

    @Test("Each refusal has its own code, and every code of the catalogue is a refusal's")
    func refusalCodes() {
        var caseOfCode: [RefusalCode: String] = [:]
        for refusal in RecordRefusal.samples {
            let name =
                if case .entryRefused(let inner, _, _) = refusal {
                    "entryRefused.\(MessageCatalogue.caseName(inner))"
                } else {
                    MessageCatalogue.caseName(refusal)
                }
            if let other = caseOfCode[refusal.code] {
                #expect(other == name, "\(refusal.code) is the code of \(other) and \(name)")
            }
            caseOfCode[refusal.code] = name
            #expect(RefusalCatalogue.definition(of: refusal.code) != nil, "\(refusal.code) is not in the catalogue")
        }
        let codes = RefusalCatalogue.all.map(\.code)
        #expect(Set(codes) == Set(caseOfCode.keys))
        #expect(codes == codes.sorted() && Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.rawValue.wholeMatch(of: /R[0-5][0-9][0-9]/) != nil })
    }

    @Test("A refusal's line names its event and its code, in both languages")
    func refusalLine() {
        let error = RecordError(sequence: 7, kind: "sheet", refusal: .listTwice)
        #expect(error.line(.english) == "event 7 (sheet) R206: a list appears twice on the sheet")
        #expect(
            error.line(.french) == "événement 7 (sheet) R206\u{00A0}: une liste figure deux fois sur le procès-verbal"
        )
        #expect(RecordError(sequence: nil, kind: "", refusal: .listTwice).line(.english).hasPrefix("R206: "))
    }

    /// Source files of every module, with their text.
    static func sources() throws -> [(path: String, text: String)] {
        let root = packageRoot + "/Sources"
        guard let files = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            found.append((file, try String(contentsOfFile: root + "/" + file, encoding: .utf8)))
        }
        return found
    }

    @Test("No message is made outside the catalogue: no `french ?` ternary, no `t(en, fr)`, no `Message(en:`")
    func noMessagesOutsideTheCatalogue() throws {
        let sources = try Self.sources()
        #expect(sources.count > 100)
        let catalogue = ["ScrutinCore/Messages/", "ScrutinCore/Checks/CheckCatalogue.swift"]
        var found: [String] = []
        for (path, text) in sources {
            for pattern in ["french ?", "Localized(", "func t("] where text.contains(pattern) {
                found.append("\(path) has `\(pattern)`")
            }
            if text.firstMatch(of: /french\s*\n\s*\?/) != nil { found.append("\(path) has a `french ?` ternary") }
            if text.firstMatch(of: /\bt\("/) != nil { found.append("\(path) calls t(en, fr)") }
            if !catalogue.contains(where: { path.hasPrefix($0) }),
                text.contains("Message(en:") || text.contains(".init(en:")
            {
                found.append("\(path) makes a message outside the catalogue")
            }
        }
        // Files still to convert (emptied as each layer moves to the catalogue).
        let pending: [String] = []
        found.removeAll { line in pending.contains { line.hasPrefix($0) } }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
