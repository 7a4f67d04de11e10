import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinJournal
import ScrutinStore

#if canImport(Glibc)
import Glibc
#endif

/// `scrutin publish FILE`: provisional results (the ministry) or final results (the court), signed.
struct Publish: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract:
            HelpText.publishAbstract.text,
        discussion: HelpText.publishDiscussion.text
    )

    enum StageArgument: String, ExpressibleByArgument, CaseIterable {
        case provisional
        case final
    }

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Option(help: HelpText.round.help)
    var round: Int

    @Option(help: HelpText.publishStage.help)
    var stage: StageArgument

    @Option(help: HelpText.publishKey.help)
    var key: String?

    @Flag(help: HelpText.publishUnsigned.help)
    var unsigned = false

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if key != nil && unsigned { throw ValidationError(.keyOrUnsigned, languageOptions.chosen) }
        if key == nil && !unsigned { throw ValidationError(.needKey, languageOptions.chosen) }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        var privateKey: Keys.PrivateKey?
        if let key {
            do {
                privateKey = try KeyFile.privateKey(key)
            } catch {
                console.fail(.path(key, error.text.message), language)
                return Status.unreadable
            }
        }
        let stage: Stage = self.stage == .provisional ? .provisional : .final
        do {
            let store = try ElectionStore.open(at: file, options: .machine)
            let appended = try store.append(
                .publication(round: round, stage: stage, declared: nil),
                by: Actor(name: try actorOptions.name(console), role: stage == .provisional ? .ministry : .court),
                clock: try actorOptions.clock(),
                sign: privateKey
            )
            console.write(
                CommandText.published(
                    stage,
                    round: round,
                    sequence: appended.event.sequence,
                    head: appended.chained.hash,
                    signer: appended.signature?.key
                )(language) + "\n"
            )
            return 0
        } catch let error as StoreError {
            return report(error, console: console, language: language)
        }
    }
}

/// `scrutin keygen FILE`: an Ed25519 key pair for signing publications.
struct Keygen: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: HelpText.keygenAbstract.text,
        discussion: HelpText.keygenDiscussion.text
    )

    @Argument(help: HelpText.keygenFile.help)
    var file: String

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let key = Keys.PrivateKey()
        let publicFile = file + ".pub"
        // Created owner-only from the start, and never over an existing file or link (O_EXCL).
        if let failure = Self.create(file, Array(key.fileText.utf8), mode: 0o600) {
            console.fail(.createFailed(file, reason: failure.message), language)
            return Status.unreadable
        }
        if let failure = Self.create(publicFile, Array(key.publicKey.fileText.utf8), mode: 0o644) {
            unlink(file)
            console.fail(.createFailed(publicFile, reason: failure.message), language)
            return Status.unreadable
        }
        console.write(
            CommandText.keygenDone(file: file, publicFile: publicFile, fingerprint: key.publicKey.fingerprint)(language)
                + "\n"
        )
        return 0
    }
}

extension Keygen {
    /// Creates a new file with these bytes and permissions; refuses an existing file or link.
    ///
    /// - Returns: nil, or why it failed.
    static func create(_ path: String, _ bytes: [UInt8], mode: mode_t) -> CommandText? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            return errno == EEXIST ? .existsAlready : .systemError(String(cString: strerror(errno)))
        }
        // The mode asked for, whatever the umask.
        fchmod(descriptor, mode)
        let failure = FileIO.writeAll(descriptor, bytes)
        close(descriptor)
        if failure != 0 {
            unlink(path)
            return .systemError(String(cString: strerror(failure)))
        }
        return nil
    }
}

/// A key file that cannot be used, and why, in every language (the message never quotes the
/// file's content).
struct KeyFileError: Error {
    var text: CommandText
}

/// Reading key files: a regular file (not a folder, a device or a pipe), of the right kind.
enum KeyFile {
    /// The text of a key file.
    static func text(_ path: String) throws(KeyFileError) -> String {
        let bytes: [UInt8]?
        do {
            bytes = try FileIO.readIfExists(path)
        } catch {
            if let kind = error.kind {
                throw KeyFileError(text: .keyFileKind(kind))
            }
            throw KeyFileError(text: .keyUnreadable(error.reason))
        }
        guard let bytes else { throw KeyFileError(text: .noSuchFile) }
        guard !bytes.isEmpty else { throw KeyFileError(text: .keyEmpty) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A private key file: not a public key, readable by its owner only.
    static func privateKey(_ path: String) throws(KeyFileError) -> Keys.PrivateKey {
        let text = try text(path)
        if (try? Keys.PublicKey(fileText: text)) != nil {
            throw KeyFileError(text: .isPublicKey)
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw KeyFileError(text: .keyReadableByOthers(mode: mode, path: path))
        }
        do {
            return try Keys.PrivateKey(fileText: text)
        } catch {
            throw KeyFileError(text: .notAPrivateKey(error.message))
        }
    }

    /// A public key file; a private key is refused (it must not travel).
    static func publicKey(_ path: String) throws(KeyFileError) -> Keys.PublicKey {
        let text = try text(path)
        if (try? Keys.PrivateKey(fileText: text)) != nil {
            throw KeyFileError(text: .isPrivateKey)
        }
        do {
            return try Keys.PublicKey(fileText: text)
        } catch {
            throw KeyFileError(text: .notAPublicKey(error.message))
        }
    }
}

/// `scrutin verify FILE`: the whole file checked, from the hash chain to the signatures.
struct Verify: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: HelpText.verifyAbstract.text,
        discussion: HelpText.verifyDiscussion.text
    )

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Option(help: HelpText.verifyKey.help)
    var key: [String] = []

    @Flag(help: HelpText.verifyRebuildCaches.help)
    var rebuildCaches = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        var publicKeys: [Keys.PublicKey] = []
        for key in key {
            do {
                publicKeys.append(try KeyFile.publicKey(key))
            } catch {
                console.fail(.path(key, error.text.message), language)
                return Status.unreadable
            }
        }
        do {
            return try check(publicKeys: publicKeys, console: console, language: language)
        } catch {
            console.endProgress()
            return report(error, console: console, language: language)
        }
    }

    func check(publicKeys: [Keys.PublicKey], console: Console, language: Language) throws(StoreError) -> Int32 {
        let store = try ElectionStore.open(at: file, options: .machine)
        if rebuildCaches { try store.rebuildCaches(keys: publicKeys) }
        console.progress(CommandText.verifying(file)(language))
        let result = try store.verify(keys: publicKeys)
        console.endProgress()
        var text = CommandText.events(file: file, count: result.events)(language) + "\n"
        if let head = result.head {
            text += "  " + CommandText.chainIntact(head: head)(language) + "\n"
        }
        for finding in result.findings {
            text += "  ✗ [\(finding.kind.rawValue)] \(finding.line(language))\n"
        }
        let signed = result.signatures.filter { $0.state == .valid }.count
        let unsigned = result.signatures.filter { $0.state == .unsigned }.count
        let unchecked = result.signatures.filter { $0.state == .unchecked }.count
        if !result.signatures.isEmpty {
            text +=
                "  "
                + CommandText.signatures(
                    publications: result.signatures.count,
                    valid: signed,
                    unsigned: unsigned,
                    unchecked: unchecked
                )(language) + "\n"
        }
        text += (result.isClean ? CommandText.intact : CommandText.failed(result.findings.count))(language) + "\n"
        console.write(text)
        return result.isClean ? 0 : Status.tampered
    }
}
