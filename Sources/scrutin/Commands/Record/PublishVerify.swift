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
        abstract:
            "Publish a round's results: provisional (by the ministry) or final (by the court), signing the journal head.",
        discussion: """
            The publication is an event; its results (the count as it stands) are kept with it, and an Ed25519 key \
            signs the journal's head (the event's number and hash), which commits to every event before it. Publish \
            the printed hash with the results: anyone can then check a copy of the journal with `scrutin verify --key`.
            Final results need provisional ones first; round 2 needs round 1 published.
            Exit status: 0 published; 2 refused (nothing written); 3 unreadable; 75 busy.
            """
    )

    enum StageArgument: String, ExpressibleByArgument, CaseIterable {
        case provisional
        case final
    }

    @Argument(help: "The election file.")
    var file: String

    @Option(help: "The round.")
    var round: Int

    @Option(help: "provisional (the ministry) or final (the court).")
    var stage: StageArgument

    @Option(help: "The private key file that signs the publication (`scrutin keygen`).")
    var key: String?

    @Flag(help: "Publish without a signature (verify then reports the publication as unsigned).")
    var unsigned = false

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if key != nil && unsigned { throw ValidationError("give --key or --unsigned, not both") }
        if key == nil && !unsigned { throw ValidationError("give --key PRIVATE_KEY_FILE, or --unsigned") }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let french = language == .french
        var privateKey: Keys.PrivateKey?
        if let key {
            do {
                privateKey = try KeyFile.privateKey(key)
            } catch {
                console.writeError((french ? "Erreur : " : "Error: ") + "\(key) " + error.message(language) + "\n")
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
            let what =
                french
                ? "résultats \(stage == .provisional ? "provisoires" : "définitifs") du tour \(round)"
                : "\(stage.rawValue) results of round \(round)"
            console.write(
                (french
                    ? "Publié : \(what), événement \(appended.event.sequence).\n"
                    : "Published: \(what), event \(appended.event.sequence).\n")
                    + (french ? "Tête du journal (sha256) : " : "Journal head (sha256): ") + appended.chained.hash
                    + "\n"
                    + (appended.signature.map {
                        (french ? "Signée par " : "Signed by ") + $0.key + "\n"
                    } ?? (french ? "Non signée.\n" : "Unsigned.\n"))
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
        abstract: "Create an Ed25519 key pair for signing publications: FILE (private, owner-only) and FILE.pub.",
        discussion: """
            The private key is written with permissions 0600 and never printed; only the public key's fingerprint is. \
            An existing file is never overwritten. Give FILE.pub to whoever checks the journal (`scrutin verify --key`).
            Exit status: 0 written; 3 a file exists or cannot be written.
            """
    )

    @Argument(help: "The private key file to create (the public key goes to FILE.pub).")
    var file: String

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let french = language == .french
        let key = Keys.PrivateKey()
        let publicFile = file + ".pub"
        // Created owner-only from the start, and never over an existing file or link (O_EXCL).
        if let failure = Self.create(file, Array(key.fileText.utf8), mode: 0o600) {
            console.writeError(
                (french ? "Erreur : " : "Error: ") + "\(file): \(failure); "
                    + (french ? "rien n'a été écrit\n" : "nothing was written\n")
            )
            return Status.unreadable
        }
        if let failure = Self.create(publicFile, Array(key.publicKey.fileText.utf8), mode: 0o644) {
            unlink(file)
            console.writeError(
                (french ? "Erreur : " : "Error: ") + "\(publicFile): \(failure); "
                    + (french ? "rien n'a été écrit\n" : "nothing was written\n")
            )
            return Status.unreadable
        }
        console.write(
            french
                ? "Clé privée : \(file) (gardez-la hors ligne ; ne la partagez jamais)\nClé publique : \(publicFile)\nEmpreinte : \(key.publicKey.fingerprint)\n"
                : "Private key: \(file) (keep it offline; never share it)\nPublic key: \(publicFile)\nFingerprint: \(key.publicKey.fingerprint)\n"
        )
        return 0
    }
}

extension Keygen {
    /// Creates a new file with these bytes and permissions; refuses an existing file or link.
    ///
    /// - Returns: nil, or why it failed.
    static func create(_ path: String, _ bytes: [UInt8], mode: mode_t) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            return errno == EEXIST ? "exists already" : String(cString: strerror(errno))
        }
        // The mode asked for, whatever the umask.
        fchmod(descriptor, mode)
        let failure = FileIO.writeAll(descriptor, bytes)
        close(descriptor)
        if failure != 0 {
            unlink(path)
            return String(cString: strerror(failure))
        }
        return nil
    }
}

/// A key file that cannot be used, and why, in every language (the message never quotes the
/// file's content).
struct KeyFileError: Error {
    var message: Message
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
                throw KeyFileError(
                    message: Message(
                        en: "is \(kind.name.english), not a key file",
                        fr: "est \(kind.name.french), pas un fichier de clé"
                    )
                )
            }
            throw KeyFileError(
                message: Message(en: "cannot be read: \(error.reason)", fr: "illisible : \(error.reason)")
            )
        }
        guard let bytes else {
            throw KeyFileError(message: Message(en: "no such file", fr: "fichier introuvable"))
        }
        guard !bytes.isEmpty else {
            throw KeyFileError(
                message: Message(en: "the file is empty, not a key", fr: "le fichier est vide, ce n'est pas une clé")
            )
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A private key file: not a public key, readable by its owner only.
    static func privateKey(_ path: String) throws(KeyFileError) -> Keys.PrivateKey {
        let text = try text(path)
        if (try? Keys.PublicKey(fileText: text)) != nil {
            throw KeyFileError(
                message: Message(
                    en: "is a public key; signing needs the private key (the file scrutin keygen wrote without .pub)",
                    fr:
                        "est une clé publique ; signer demande la clé privée (le fichier écrit par scrutin keygen, sans .pub)"
                )
            )
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw KeyFileError(
                message: Message(
                    en: "others can read this private key (mode 0\(mode)); make it owner-only: chmod 600 \(path)",
                    fr:
                        "d'autres peuvent lire cette clé privée (mode 0\(mode)) ; réservez-la à son propriétaire : chmod 600 \(path)"
                )
            )
        }
        do {
            return try Keys.PrivateKey(fileText: text)
        } catch {
            throw KeyFileError(
                message: Message(
                    en: "not a Scrutin private key (\(error.message))",
                    fr: "ce n'est pas une clé privée Scrutin (\(error.message))"
                )
            )
        }
    }

    /// A public key file; a private key is refused (it must not travel).
    static func publicKey(_ path: String) throws(KeyFileError) -> Keys.PublicKey {
        let text = try text(path)
        if (try? Keys.PrivateKey(fileText: text)) != nil {
            throw KeyFileError(
                message: Message(
                    en: "is a private key; give the public key (FILE.pub), and keep the private one to its owner",
                    fr:
                        "est une clé privée ; donnez la clé publique (FICHIER.pub) et laissez la privée à son propriétaire"
                )
            )
        }
        do {
            return try Keys.PublicKey(fileText: text)
        } catch {
            throw KeyFileError(
                message: Message(
                    en: "not a Scrutin public key (\(error.message))",
                    fr: "ce n'est pas une clé publique Scrutin (\(error.message))"
                )
            )
        }
    }
}

/// `scrutin verify FILE`: the whole file checked, from the hash chain to the signatures.
struct Verify: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an election file: hash chain, stored files, a full replay, cached results, signatures.",
        discussion: """
            Reports the first event that was changed, removed or reordered behind the program's back, files whose \
            bytes no longer match their SHA-256, cached results that differ from the journal's, and publications \
            not signed by one of the keys given.
            Exit status: 0 clean; 1 problems found; 3 unreadable.
            """
    )

    @Argument(help: "The election file.")
    var file: String

    @Option(
        help: ArgumentHelp(
            "A public key file (FILE.pub from `scrutin keygen`): each publication must be signed by one of the keys "
                + "given (repeat --key for the ministry's and the court's)."
        )
    )
    var key: [String] = []

    @Flag(
        help: ArgumentHelp(
            "Replace the cached results by those the journal gives; refused unless every other check passes, "
                + "signatures included (give the --key of every signer)."
        )
    )
    var rebuildCaches = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let french = language == .french
        var publicKeys: [Keys.PublicKey] = []
        for key in key {
            do {
                publicKeys.append(try KeyFile.publicKey(key))
            } catch {
                console.writeError((french ? "Erreur : " : "Error: ") + "\(key) " + error.message(language) + "\n")
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
        let french = language == .french
        let store = try ElectionStore.open(at: file, options: .machine)
        if rebuildCaches { try store.rebuildCaches(keys: publicKeys) }
        console.progress(french ? "Vérification de \(file)…" : "Verifying \(file)…")
        let result = try store.verify(keys: publicKeys)
        console.endProgress()
        var text = french ? "\(file) : \(result.events) événements\n" : "\(file): \(result.events) events\n"
        if let head = result.head {
            text += (french ? "  chaîne de hachage intacte ; tête : " : "  hash chain intact; head: ") + head + "\n"
        }
        for finding in result.findings {
            text += "  ✗ [\(finding.kind.rawValue)] \(finding)\n"
        }
        let signed = result.signatures.filter { $0.state == .valid }.count
        let unsigned = result.signatures.filter { $0.state == .unsigned }.count
        let unchecked = result.signatures.filter { $0.state == .unchecked }.count
        if !result.signatures.isEmpty {
            text +=
                french
                ? "  publications : \(result.signatures.count) ; signatures valides : \(signed) ; non signées : \(unsigned) ; non vérifiées (sans --key) : \(unchecked)\n"
                : "  publications: \(result.signatures.count); valid signatures: \(signed); unsigned: \(unsigned); not checked (no --key): \(unchecked)\n"
        }
        text +=
            result.isClean
            ? (french ? "OK : le journal est intact.\n" : "OK: the journal is intact.\n")
            : (french
                ? "ÉCHEC : \(result.findings.count) problème(s).\n" : "FAILED: \(result.findings.count) problem(s).\n")
        console.write(text)
        return result.isClean ? 0 : Status.tampered
    }
}
