import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinTestSupport
import Testing

@testable import scrutin

#if canImport(Glibc)
import Glibc
#endif

/// `scrutin report`: every format, the files it writes, its errors; and the HTML report seen the
/// way a person sees it, in headless Chromium.
@Suite(.serialized)
final class ReportCommandTests {
    let scratch = Scratch()

    @Test(
        "Every format of the 2020 report writes a document",
        arguments: [
            ("html", "<!DOCTYPE html>"), ("table", "SEATS BY PARTY"), ("md", "## Seats by party"),
            ("wikitext", "{{Infobox legislative election"), ("svg", "<svg xmlns"), ("csv", "code,name,region,seats"),
            ("json", "\"schema\" : \"scrutin.book/1\""), ("nist", "<ElectionReport"), ("ocd-ids", "id,name"),
        ]
    )
    func formats(format: String, start: String) throws {
        let result = try run(["report", "--format", format])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains(start))
    }

    @Test("Charts, levels, rounds, languages")
    func options() throws {
        var result = try run(["report", "--format", "svg", "--chart", "turnout", "--lang", "fr"])
        #expect(result.output.contains("participation par région"))
        result = try run(["report", "--format", "svg", "--chart", "constituency", "--constituency", "BKO-C3"])
        #expect(result.output.contains("Commune III"))
        result = try run(["report", "--format", "csv", "--level", "party"])
        #expect(result.output.hasPrefix("party,name,round1,round2,total,previous,change,new\nRPM,"))
        result = try run(["report", "--format", "csv", "--level", "constituency", "--round", "2"])
        #expect(!result.output.contains(",1,elected,") && result.output.contains(",2,elected,"))
        // A bundle and an election file, as of a moment.
        let bundle = try scratch.write(Fixture.bundle)
        result = try run(["report", bundle, "--format", "csv", "--level", "station", "--round", "2"])
        #expect(
            result.output.contains("2,N1-02,\"Mairie, salle 2\",N1,counted,400,400,190,4,186,47.50,\n"),
            "\(result.output)"
        )
        #expect(try run(["report", "--format", "csv", "--level", "station"]).status == 64)
        result = try run(["report", bundle, "--format", "md"])
        #expect(result.output.contains("| Beta (B) | 0 | 2 | 2 | 1 | +1 |"), "\(result.output)")
        let file = try scratch.folder() + "/e.scrutin"
        _ = try run(["init", file, "--from", bundle, "--actor", "a"])
        _ = try run(["import", file, bundle + "/round-1", "--actor", "a"])
        result = try run(["report", file, "--format", "csv", "--level", "nation", "--as-of", "2"])
        #expect(
            result.output
                == "round,registered,voters,invalid,valid,turnout_percent,provisional_voters,provisional_turnout_percent\n1,1400,750,20,730,53.57,,\n"
        )
    }

    @Test("-o writes through a link to a file; refuses a pipe, a folder, a missing folder; --round without results")
    func outputPaths() throws {
        let folder = try scratch.folder()
        let target = folder + "/target.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: target)
        var result = try run(["report", "--format", "md", "-o", folder + "/link.md"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Mali"))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/link.md")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        result = try run(["report", "--format", "md", "-o", folder + "/pipe"])
        #expect(result.status == 3 && result.errors.contains("not a regular file"), "\(result.errors)")
        result = try run(["report", "--format", "md", "-o", folder])
        #expect(result.status == 3)
        result = try run(["report", "--format", "md", "-o", folder + "/missing/out.md"])
        #expect(result.status == 3 && result.errors.contains("no such folder"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/missing"))
        // Round 2 before any round-2 sheet.
        let bundle = try scratch.write(Fixture.bundle)
        let file = try scratch.folder() + "/e.scrutin"
        _ = try run(["init", file, "--from", bundle, "--actor", "a"])
        _ = try run(["import", file, bundle + "/round-1", "--actor", "a"])
        result = try run(["report", file, "--round", "2", "--format", "md"])
        #expect(result.status == 64 && result.errors.contains("round 2 has no results yet"), "\(result.errors)")
    }

    @Test("Bad requests: a clear error and status, and no file left behind", arguments: BadRequest.all)
    func badRequests(_ bad: BadRequest) throws {
        let folder = try scratch.folder()
        let output = folder + "/out.html"
        let bundle = try scratch.write(Fixture.bundle)
        let arguments = bad.arguments.map {
            $0 == Fixture.bundlePlaceholder ? bundle : $0.replacingOccurrences(of: "OUT", with: output)
        }
        let status: Int32
        var errors = ""
        do {
            let result = try run(arguments)
            status = result.status
            errors = result.errors
        } catch {
            // swift-argument-parser refuses the arguments before the command runs (exit 64).
            status = Scrutin.exitCode(for: error).rawValue
            errors = Scrutin.message(for: error)
        }
        #expect(status == bad.status, "\(errors)")
        #expect(errors.contains(bad.message), "\(errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    struct BadRequest: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { name }

        static let all: [BadRequest] = [
            BadRequest(
                name: "a constituency that does not exist",
                arguments: ["report", "--constituency", "NOWHERE", "-o", "OUT"],
                status: 64,
                message: "no constituency has the code 'NOWHERE'"
            ),
            BadRequest(
                name: "a round that does not exist",
                arguments: ["report", "--round", "3", "-o", "OUT"],
                status: 64,
                message: "round 3 does not exist (rounds: 1, 2)"
            ),
            BadRequest(
                name: "an unknown format",
                arguments: ["report", "--format", "pdf", "-o", "OUT"],
                status: 64,
                message: "The value 'pdf' is invalid for '--format"
            ),
            BadRequest(
                name: "an unknown language",
                arguments: ["report", "--lang", "de", "-o", "OUT"],
                status: 64,
                message: "The value 'de' is invalid for '--lang"
            ),
            BadRequest(
                name: "an output path that cannot be written",
                arguments: ["report", "-o", "/proc/scrutin/out.html"],
                status: 3,
                message: "cannot write /proc/scrutin"
            ),
            BadRequest(
                name: "a NIST export without a country",
                arguments: ["report", Fixture.bundlePlaceholder, "--format", "nist", "-o", "OUT"],
                status: 64,
                message: "give --country"
            ),
        ]
    }

    @Test(
        "The HTML report in headless Chromium: a screenshot, and the page's text holds the key figures",
        .enabled(
            if: Chromium.path != nil,
            "needs Debian's chromium (.ci/run installs it; CI checks the screenshot exists)"
        )
    )
    func chromium() throws {
        let artefacts = packageRoot + "/ci-artifacts"
        try FileManager.default.createDirectory(atPath: artefacts, withIntermediateDirectories: true)
        for language in ["en", "fr"] {
            let html = artefacts + "/report-2020-\(language).html"
            let png = artefacts + "/report-2020-\(language).png"
            try? FileManager.default.removeItem(atPath: png)
            let result = try run(["report", "--lang", language, "-o", html])
            #expect(result.status == 0, "\(result.errors)")
            let shot = try Chromium.run(["--screenshot=\(png)", "--window-size=1200,2600", "file://\(html)"])
            #expect(shot.status == 0, "\(shot.errors)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
            #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
            #expect(bytes.count > 50_000, "the screenshot is nearly empty: \(bytes.count) bytes")
            // The page as Chromium laid it out: its text, tags removed.
            let dom = try Chromium.run(["--dump-dom", "file://\(html)"])
            let text = Chromium.text(of: dom.output)
            let figures =
                language == "en"
                ? ["147 seats", "majority 74", "35.58%", "35.25%", "Rally for Mali", "RPM 51", "Women elected", "42"]
                : [
                    "147 sièges", "majorité 74", "35,58 %", "35,25 %", "Participation par région", "RPM 51",
                    "Femmes élues",
                ]
            for figure in figures {
                #expect(text.contains(figure), "\(language): \(figure)")
            }
        }
    }
}

/// Debian's headless Chromium, when installed.
enum Chromium {
    static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// The text of an HTML document: tags removed, entities and spaces made plain.
    static func text(of html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
                text += " "
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Fixture {
    /// Stands for a bundle folder in argument lists; the test writes the fixture there.
    static let bundlePlaceholder = "BUNDLE"
}
