import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinTestSupport
import Testing

@testable import scrutin

/// The README's election-record session, run command by command as written, so the README stays
/// true; and the example bundle it uses, which must be the tests' fixture.
@Suite(.serialized)
final class ReadmeSessionTests {
    let scratch = Scratch()

    @Test("examples/fixture is the tests' hand-computed fixture, file for file")
    func exampleIsTheFixture() throws {
        let folder = DirectoryBundle(path: packageRoot + "/examples/fixture")
        for (path, bytes) in Fixture.bundle.files {
            #expect(try folder.read(path) == bytes, "\(path)")
        }
    }

    /// The commands of the README's block after `### The election record`, continuation lines
    /// joined, comments removed.
    static func sessionCommands() throws -> [[String]] {
        let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
        guard let section = readme.range(of: "### The election record"),
            let start = readme.range(of: "```console\n", range: section.upperBound..<readme.endIndex),
            let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex)
        else { return [] }
        let block = readme[start.upperBound..<end.lowerBound].replacingOccurrences(of: "\\\n", with: " ")
        return block.split(separator: "\n").compactMap { line -> [String]? in
            guard line.hasPrefix("$ swift run scrutin ") else { return nil }
            var command = String(line.dropFirst("$ swift run scrutin ".count))
            if let comment = command.range(of: "  #") { command = String(command[..<comment.lowerBound]) }
            return shellWords(command)
        }
    }

    /// Splits a command line into words: spaces separate, double quotes group.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == " " && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test("The README's session runs as written: every command succeeds, the last shows the correction")
    func session() throws {
        let commands = try Self.sessionCommands()
        #expect(commands.count >= 15)
        let temporary = try scratch.folder()
        var last = Run(status: 0, output: "", errors: "")
        for words in commands {
            let arguments = words.map { word in
                word.replacingOccurrences(of: "/tmp/", with: temporary + "/")
                    .replacingOccurrences(of: "examples/fixture", with: packageRoot + "/examples/fixture")
            }
            last = try run(arguments)
            let expected: Int32 = arguments.first == "queue" ? 1 : 0
            #expect(last.status == expected, "scrutin \(words.joined(separator: " ")): \(last.output)\(last.errors)")
        }
        #expect(last.output.contains("elected B+C") && last.output.contains("elected A"), "\(last.output)")
        #expect(last.output.contains("arrêt n°7"))
    }
}
