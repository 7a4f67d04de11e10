/// What the command line says: errors, progress, and what a command did.
public enum CommandText: MessageEntry {
    // Shared
    case error(Message)
    /// `Error: …` for a text already in the reader's language (an argument error, a system's).
    case errorText(String)
    /// A wrong argument, with the command's usage (as swift-argument-parser prints its own).
    case usageError(String, usage: String, help: String)
    case reading(String)
    case checking(String)
    case cannotRead(String)
    case path(String, Message)
    case asOfNeedsFile
    case outputFailed(reason: String)
    case nothingWritten

    // check, results, runoffs, generate
    case declaredNoSheets
    case declaredNotCounted
    case declaredSeeResults
    case roundCount(Int)
    case unknownConstituency(String)
    case roundOneOrTwo
    case levelNeedsCSV
    case generating(percent: Int)
    case wroteSynthetic(folder: String, stations: Int, constituencies: Int, seed: UInt64, megabytes: Int)
    case maxListsBelowMin
    case needConstituency
    case needStationPerConstituency
    case needTwoLists
    case atMost99Lists
    case atMostStations
    case defectsRange

    // report
    case countryCode
    case chartNeedsConstituency
    case roundNoResults(Int)
    case roundNotIn(Int, rounds: String)
    case noConstituencyCode(String)
    case noCountry
    case declaredLevel(String)
    case cannotWrite(String, reason: Message)
    case cannotWriteError(String)
    case wrote(String, bytes: String)
    case brokenLink
    case notARegularOutput
    case noSuchFolder(String)

    // The record's commands
    case roundNotInElection(Int)
    case waiting(Int)
    case keepOrSendBack
    case fromOrMali2020
    case createdMali2020(file: String, events: Int, head: String)
    case created(file: String, name: String, constituencies: Int, stations: Int)
    case addSheets(String)
    case candidacyProblems(Int, file: String)
    case cannotTellRound(String)
    case noSheetsInFolder(String)
    case importing(String)
    case imported(round: Int, sequence: Int, bytes: Int, counted: Int?, quarantined: Int)
    case unknownConstituencyInElection(String)
    case unknownStationInElection(String)
    case bothMoments
    case noProvisionalAndFinal
    case beforeRuling
    case eventDoesNotExist(Int, head: Int)
    case noPublication(Stage, round: Int)
    case notAMoment(String)
    case noEventBefore(String)
    case giveActor
    case timeNotReal(String)
    case timeAhead(String, now: String)
    case countNegative(String)
    case countTooLarge(String)
    case notACount(String)
    case votesPairs(String)
    case votesOf(String, Message)
    case keyOrUnsigned
    case needKey
    case published(Stage, round: Int, sequence: Int, head: String, signer: String?)
    case createFailed(String, reason: Message)
    case existsAlready
    case systemError(String)
    case keygenDone(file: String, publicFile: String, fingerprint: String)
    case keyFileKind(NotARegularFile.Kind)
    case keyUnreadable(String)
    case keyEmpty
    case noSuchFile
    case isPublicKey
    case keyReadableByOthers(mode: String, path: String)
    case notAPrivateKey(Message)
    case isPrivateKey
    case notAPublicKey(Message)
    case verifying(String)
    case events(file: String, count: Int)
    case chainIntact(head: String)
    case signatures(publications: Int, valid: Int, unsigned: Int, unchecked: Int)
    case intact
    case failed(Int)

    public var message: Message {
        switch self {
        case .error(let message): Message(en: "Error: " + message.english, fr: "Erreur : " + message.french)
        case .errorText(let text): Message(en: "Error: " + text, fr: "Erreur : " + text)
        case .usageError(let message, let usage, let help):
            Message(
                en: "Error: \(message)\nUsage: \(usage)\n  See '\(help)' for more information.",
                fr: "Erreur : \(message)\nUsage : \(usage)\n  Voir « \(help) » pour plus d’informations."
            )
        case .reading(let path): Message(en: "Reading \(path)…", fr: "Lecture de \(path)…")
        case .checking(let path): Message(en: "Checking \(path)…", fr: "Contrôle de \(path)…")
        case .cannotRead(let what): Message(en: "cannot read \(what)", fr: "impossible de lire \(what)")
        case .path(let path, let message): Message(en: "\(path) \(message.english)", fr: "\(path) \(message.french)")
        case .asOfNeedsFile:
            Message(
                en: "--as-of needs an election file (scrutin init), not a bundle folder",
                fr: "--as-of demande un fichier d’élection (scrutin init), pas un dossier"
            )
        case .outputFailed(let reason):
            Message(
                en: "cannot write to standard output (\(reason)); the output is incomplete or missing",
                fr: "impossible d’écrire sur la sortie standard (\(reason)) ; le résultat est incomplet ou absent"
            )
        case .nothingWritten: Message(en: "Nothing was written.", fr: "Rien n’a été écrit.")
        case .declaredNoSheets:
            Message(
                en: "This file holds declared results: no tally sheets to check.",
                fr: "Ce fichier contient des résultats déclarés : aucun procès-verbal à contrôler."
            )
        case .declaredNotCounted:
            Message(
                en: "these results are declared, not counted: use --format table or json",
                fr: "ces résultats sont déclarés, pas comptés : utilisez --format table ou json"
            )
        case .declaredSeeResults:
            Message(
                en: "this file holds declared results; see scrutin results",
                fr: "ce fichier contient des résultats déclarés ; voir scrutin results"
            )
        case .roundCount(let rounds):
            Message(en: "this election has \(rounds) round(s)", fr: "cette élection a \(rounds) tour(s)")
        case .unknownConstituency(let code):
            Message(
                en: "no constituency has the code '\(code)' (the codes are in constituencies.csv)",
                fr: "aucune circonscription n’a le code « \(code) » (les codes sont dans constituencies.csv)"
            )
        case .roundOneOrTwo: Message(en: "--round must be 1 or 2", fr: "--round vaut 1 ou 2")
        case .levelNeedsCSV:
            Message(
                en: "--level chooses a CSV table; add --format csv",
                fr: "--level choisit une table CSV ; ajoutez --format csv"
            )
        case .generating(let percent): Message(en: "Generating \(percent)%", fr: "Génération \(percent) %")
        case .wroteSynthetic(let folder, let stations, let constituencies, let seed, let megabytes):
            Message(
                en: "Wrote a synthetic bundle to \(folder): \(stations) stations, \(constituencies) constituencies, "
                    + "seed \(seed), \(megabytes) MB.",
                fr:
                    "Dossier synthétique écrit dans \(folder) : \(stations) bureaux, \(constituencies) circonscriptions, "
                    + "graine \(seed), \(megabytes) Mo."
            )
        case .maxListsBelowMin:
            Message(en: "--max-lists must be at least --min-lists", fr: "--max-lists doit valoir au moins --min-lists")
        case .needConstituency:
            Message(en: "at least one constituency is needed", fr: "il faut au moins une circonscription")
        case .needStationPerConstituency:
            Message(
                en: "at least one station per constituency is needed",
                fr: "il faut au moins un bureau par circonscription"
            )
        case .needTwoLists:
            Message(
                en: "at least two lists per constituency are needed",
                fr: "il faut au moins deux listes par circonscription"
            )
        case .atMost99Lists:
            Message(en: "at most 99 lists per constituency", fr: "au plus 99 listes par circonscription")
        case .atMostStations: Message(en: "at most 10,000,000 stations", fr: "au plus 10 000 000 bureaux")
        case .defectsRange:
            Message(
                en: "defects must be between 0 and the number of stations",
                fr: "les défauts vont de 0 au nombre de bureaux"
            )
        case .countryCode:
            Message(
                en: "--country takes a two-letter ISO 3166-1 code, like ml",
                fr: "--country prend un code ISO 3166-1 de deux lettres, comme ml"
            )
        case .chartNeedsConstituency:
            Message(
                en: "--chart constituency needs --constituency CODE",
                fr: "--chart constituency demande --constituency CODE"
            )
        case .roundNoResults(let round):
            Message(en: "round \(round) has no results yet", fr: "le tour \(round) n’a pas encore de résultats")
        case .roundNotIn(let round, let rounds):
            Message(
                en: "round \(round) does not exist (rounds: \(rounds))",
                fr: "le tour \(round) n’existe pas (tours : \(rounds))"
            )
        case .noConstituencyCode(let code):
            Message(
                en: "no constituency has the code '\(code)'",
                fr: "aucune circonscription n’a le code « \(code) »"
            )
        case .noCountry:
            Message(
                en: "this election does not say its country; give --country (an ISO 3166-1 code, like ml) for the "
                    + "Open Civic Data ids",
                fr: "cette élection ne dit pas son pays ; donnez --country (code ISO 3166-1, comme ml) pour les "
                    + "identifiants Open Civic Data"
            )
        case .declaredLevel(let level):
            Message(
                en: "these results are declared, with no figures by station nor elected by name; --level \(level) "
                    + "needs a count of tally sheets",
                fr: "ces résultats sont déclarés, sans chiffres par bureau ni élus par nom ; --level \(level) demande "
                    + "un décompte"
            )
        case .cannotWrite(let path, let reason):
            Message(
                en: "cannot write \(path): \(reason.english)",
                fr: "impossible d’écrire \(path) : \(reason.french)"
            )
        case .cannotWriteError(let error):
            Message(en: "cannot write \(error)", fr: "impossible d’écrire \(error)")
        case .wrote(let path, let bytes):
            Message(en: "Wrote \(path) (\(bytes) bytes)", fr: "Écrit : \(path) (\(bytes) octets)")
        case .brokenLink: Message(en: "it is a broken link", fr: "c’est un lien cassé")
        case .notARegularOutput:
            Message(
                en: "it is not a regular file (a folder, a device or a pipe)",
                fr: "ce n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube)"
            )
        case .noSuchFolder(let folder):
            Message(en: "no such folder: \(folder)", fr: "dossier introuvable : \(folder)")
        case .roundNotInElection(let round):
            Message(
                en: "round \(round) does not exist in this election",
                fr: "le tour \(round) n’existe pas dans cette élection"
            )
        case .waiting(let count):
            Message(en: "\(count) sheet(s) waiting", fr: "\(count) procès-verbal(aux) en attente")
        case .keepOrSendBack:
            Message(
                en: "give --keep first|second or --send-back (one of them)",
                fr: "donnez --keep first|second ou --send-back (l’un des deux)"
            )
        case .fromOrMali2020:
            Message(
                en: "give --from BUNDLE or --mali-2020 (one of them)",
                fr: "donnez --from DOSSIER ou --mali-2020 (l’un des deux)"
            )
        case .createdMali2020(let file, let events, let head):
            Message(
                en: "Created \(file): the 2020 election in \(events) events. Journal head: \(head)",
                fr: "Créé \(file) : l’élection de 2020 en \(events) événements. Tête du journal : \(head)"
            )
        case .created(let file, let name, let constituencies, let stations):
            Message(
                en: "Created \(file): \(name), \(constituencies) constituencies, \(stations) polling stations.",
                fr: "Créé \(file) : \(name), \(constituencies) circonscriptions, \(stations) bureaux."
            )
        case .addSheets(let commands):
            Message(en: "Add the tally sheets: \(commands)", fr: "Ajoutez les procès-verbaux : \(commands)")
        case .candidacyProblems(let count, let file):
            Message(
                en: "\(count) candidacy problem(s): see scrutin check \(file)",
                fr: "\(count) problème(s) de candidature : voir scrutin check \(file)"
            )
        case .cannotTellRound(let name):
            Message(
                en: "cannot tell the round from '\(name)': name the folder round-N or give --round",
                fr: "impossible de déduire le tour de « \(name) » : nommez le dossier round-N ou donnez --round"
            )
        case .noSheetsInFolder(let folder):
            Message(
                en: "\(folder) has no sheets.csv or votes.csv; nothing was written",
                fr: "\(folder) n’a ni sheets.csv ni votes.csv ; rien n’a été écrit"
            )
        case .importing(let folder):
            Message(en: "Importing and checking \(folder)…", fr: "Import et vérification de \(folder)…")
        case .imported(let round, let sequence, let bytes, let counted, let quarantined):
            Message(
                en: "Imported round \(round): event \(sequence), \(bytes) bytes"
                    + (counted.map { "; \($0) sheets counted, \(quarantined) quarantined" } ?? "") + ".",
                fr: "Importé au tour \(round) : événement \(sequence), \(bytes) octets"
                    + (counted.map { " ; \($0) procès-verbaux comptés, \(quarantined) en quarantaine" } ?? "") + "."
            )
        case .unknownConstituencyInElection(let code):
            Message(
                en: "no constituency has the code '\(code)' in this election",
                fr: "aucune circonscription n’a le code « \(code) » dans cette élection"
            )
        case .unknownStationInElection(let code):
            Message(
                en: "no polling station has the code '\(code)' in this election",
                fr: "aucun bureau de vote n’a le code « \(code) » dans cette élection"
            )
        case .bothMoments:
            Message(en: "give both moments A and B, or neither", fr: "donnez les deux moments A et B, ou aucun")
        case .noProvisionalAndFinal:
            Message(
                en: "No round has both provisional and final results published: give two moments A and B.",
                fr: "Aucun tour n’a à la fois des résultats provisoires et définitifs : donnez deux moments A et B."
            )
        case .beforeRuling: Message(en: "before", fr: "avant")
        case .eventDoesNotExist(let number, let head):
            Message(
                en: "event \(number) does not exist: the journal has events 1 to \(head)",
                fr: "l’événement \(number) n’existe pas : le journal va de l’événement 1 à \(head)"
            )
        case .noPublication(let stage, let round):
            Message(
                en: "no \(stage.rawValue) results of round \(round) are published in this journal",
                fr:
                    "aucun résultat \(stage == .provisional ? "provisoire" : "définitif") du tour \(round) n’est publié "
                    + "dans ce journal"
            )
        case .notAMoment(let text):
            Message(
                en: "'\(text)' is not a moment: give an event number, a time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), "
                    + "head, or a publication like provisional-1",
                fr: "« \(text) » n’est pas un moment : donnez un numéro d’événement, une heure (AAAA-MM-JJ ou "
                    + "AAAA-MM-JJTHH:MM:SSZ), head, ou une publication comme provisional-1"
            )
        case .noEventBefore(let text):
            Message(
                en: "the journal has no event at or before \(text)",
                fr: "le journal n’a aucun événement à \(text) ou avant"
            )
        case .giveActor:
            Message(
                en: "give --actor NAME (who you are), or set SCRUTIN_ACTOR",
                fr: "donnez --actor NOM (qui vous êtes), ou définissez SCRUTIN_ACTOR"
            )
        case .timeNotReal(let time):
            Message(
                en: "--time '\(time)' is not a real UTC time: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ",
                fr: "--time « \(time) » n’est pas une heure UTC réelle : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ"
            )
        case .timeAhead(let time, let now):
            Message(
                en: "--time \(time) is more than a day ahead of this machine's clock (\(now))",
                fr: "--time \(time) dépasse de plus d’un jour l’horloge de cette machine (\(now))"
            )
        case .countNegative(let text):
            Message(
                en: "'\(text)' is negative: a count is 0 or more",
                fr: "« \(text) » est négatif : un nombre vaut 0 ou plus"
            )
        case .countTooLarge(let text):
            Message(
                en: "'\(text)' is too large: a count is at most 2,147,483,647",
                fr: "« \(text) » est trop grand : un nombre vaut au plus 2 147 483 647"
            )
        case .notACount(let text):
            Message(
                en: "'\(text)' is not a count: digits only, no sign, point or space",
                fr: "« \(text) » n’est pas un nombre : chiffres seulement, sans signe, point ni espace"
            )
        case .votesPairs(let pair):
            Message(
                en: "--votes takes LIST=VOTES pairs joined by commas, like LA-N1=150,LB-N1=100; not '\(pair)'",
                fr: "--votes prend des paires LISTE=VOIX séparées par des virgules, comme LA-N1=150,LB-N1=100 ; "
                    + "pas « \(pair) »"
            )
        case .votesOf(let list, let message):
            Message(en: "--votes \(list): \(message.english)", fr: "--votes \(list) : \(message.french)")
        case .keyOrUnsigned:
            Message(en: "give --key or --unsigned, not both", fr: "donnez --key ou --unsigned, pas les deux")
        case .needKey:
            Message(
                en: "give --key PRIVATE_KEY_FILE, or --unsigned",
                fr: "donnez --key FICHIER_DE_CLÉ_PRIVÉE, ou --unsigned"
            )
        case .published(let stage, let round, let sequence, let head, let signer):
            Message(
                en: "Published: \(stage.rawValue) results of round \(round), event \(sequence).\n"
                    + "Journal head (sha256): \(head)\n" + (signer.map { "Signed by \($0)" } ?? "Unsigned."),
                fr: "Publié : résultats \(stage == .provisional ? "provisoires" : "définitifs") du tour \(round), "
                    + "événement \(sequence).\nTête du journal (sha256) : \(head)\n"
                    + (signer.map { "Signée par \($0)" } ?? "Non signée.")
            )
        case .createFailed(let path, let reason):
            Message(
                en: "\(path): \(reason.english); nothing was written",
                fr: "\(path) : \(reason.french) ; rien n’a été écrit"
            )
        case .existsAlready: Message(en: "exists already", fr: "existe déjà")
        case .systemError(let reason): Message(en: reason, fr: reason)
        case .keygenDone(let file, let publicFile, let fingerprint):
            Message(
                en: "Private key: \(file) (keep it offline; never share it)\nPublic key: \(publicFile)\n"
                    + "Fingerprint: \(fingerprint)",
                fr:
                    "Clé privée : \(file) (gardez-la hors ligne ; ne la partagez jamais)\nClé publique : \(publicFile)\n"
                    + "Empreinte : \(fingerprint)"
            )
        case .keyFileKind(let kind):
            Message(
                en: "is \(BundleText.fileKind(kind).message.english), not a key file",
                fr: "est \(BundleText.fileKind(kind).message.french), pas un fichier de clé"
            )
        case .keyUnreadable(let reason): Message(en: "cannot be read: \(reason)", fr: "illisible : \(reason)")
        case .noSuchFile: Message(en: "no such file", fr: "fichier introuvable")
        case .keyEmpty: Message(en: "the file is empty, not a key", fr: "le fichier est vide, ce n’est pas une clé")
        case .isPublicKey:
            Message(
                en: "is a public key; signing needs the private key (the file scrutin keygen wrote without .pub)",
                fr:
                    "est une clé publique ; signer demande la clé privée (le fichier écrit par scrutin keygen, sans .pub)"
            )
        case .keyReadableByOthers(let mode, let path):
            Message(
                en: "others can read this private key (mode 0\(mode)); make it owner-only: chmod 600 \(path)",
                fr: "d’autres peuvent lire cette clé privée (mode 0\(mode)) ; réservez-la à son propriétaire : "
                    + "chmod 600 \(path)"
            )
        case .notAPrivateKey(let detail):
            Message(
                en: "not a Scrutin private key (\(detail.english))",
                fr: "ce n’est pas une clé privée Scrutin (\(detail.french))"
            )
        case .isPrivateKey:
            Message(
                en: "is a private key; give the public key (FILE.pub), and keep the private one to its owner",
                fr: "est une clé privée ; donnez la clé publique (FICHIER.pub) et laissez la privée à son propriétaire"
            )
        case .notAPublicKey(let detail):
            Message(
                en: "not a Scrutin public key (\(detail.english))",
                fr: "ce n’est pas une clé publique Scrutin (\(detail.french))"
            )
        case .verifying(let file): Message(en: "Verifying \(file)…", fr: "Vérification de \(file)…")
        case .events(let file, let count): Message(en: "\(file): \(count) events", fr: "\(file) : \(count) événements")
        case .chainIntact(let head):
            Message(en: "hash chain intact; head: \(head)", fr: "chaîne de hachage intacte ; tête : \(head)")
        case .signatures(let publications, let valid, let unsigned, let unchecked):
            Message(
                en: "publications: \(publications); valid signatures: \(valid); unsigned: \(unsigned); not checked "
                    + "(no --key): \(unchecked)",
                fr: "publications : \(publications) ; signatures valides : \(valid) ; non signées : \(unsigned) ; "
                    + "non vérifiées (sans --key) : \(unchecked)"
            )
        case .intact: Message(en: "OK: the journal is intact.", fr: "OK : le journal est intact.")
        case .failed(let count): Message(en: "FAILED: \(count) problem(s).", fr: "ÉCHEC : \(count) problème(s).")
        }
    }

    public static var samples: [CommandText] {
        let reason = StoreText.noSuchFile.message
        return [
            .error(reason), .errorText("x"), .usageError("x", usage: "scrutin enter", help: "scrutin enter --help"),
            .reading("b"), .checking("b"), .cannotRead("b"), .path("b", reason),
            .asOfNeedsFile,
            .outputFailed(reason: "No space left on device"), .nothingWritten, .declaredNoSheets, .declaredNotCounted,
            .declaredSeeResults, .roundCount(2), .unknownConstituency("X"), .roundOneOrTwo, .levelNeedsCSV,
            .generating(percent: 50),
            .wroteSynthetic(folder: "/tmp/x", stations: 9, constituencies: 3, seed: 1, megabytes: 1),
            .maxListsBelowMin, .needConstituency, .needStationPerConstituency, .needTwoLists, .atMost99Lists,
            .atMostStations, .defectsRange, .countryCode, .chartNeedsConstituency, .roundNoResults(2),
            .roundNotIn(3, rounds: "1, 2"), .noConstituencyCode("X"), .noCountry, .declaredLevel("station"),
            .cannotWrite("o", reason: reason), .cannotWriteError("o"), .wrote("o", bytes: "12"), .brokenLink,
            .notARegularOutput, .noSuchFolder("/x"), .roundNotInElection(3), .waiting(2), .keepOrSendBack,
            .fromOrMali2020, .createdMali2020(file: "e", events: 40, head: "ab"),
            .created(file: "e", name: "Fixture", constituencies: 2, stations: 4),
            .addSheets("scrutin import e b/round-1"),
            .candidacyProblems(1, file: "e"), .cannotTellRound("x"), .noSheetsInFolder("b"), .importing("b"),
            .imported(round: 1, sequence: 2, bytes: 100, counted: 4, quarantined: 1),
            .unknownConstituencyInElection("X"),
            .unknownStationInElection("X"), .bothMoments, .noProvisionalAndFinal, .beforeRuling,
            .eventDoesNotExist(99, head: 9), .noPublication(.final, round: 2), .notAMoment("soon"),
            .noEventBefore("2019-01-01"),
            .giveActor, .timeNotReal("x"), .timeAhead("2031-01-01", now: "2030-01-01T00:00:00Z"), .countNegative("-5"),
            .countTooLarge("9999999999"), .notACount("1.5"), .votesPairs("LA"), .votesOf("LA", reason), .keyOrUnsigned,
            .needKey, .published(.final, round: 1, sequence: 5, head: "ab", signer: "cd"),
            .createFailed("k", reason: reason), .existsAlready, .systemError("Permission denied"),
            .keygenDone(file: "k", publicFile: "k.pub", fingerprint: "ab"), .keyFileKind(.pipe), .keyUnreadable("EIO"),
            .keyEmpty, .noSuchFile, .isPublicKey, .keyReadableByOthers(mode: "644", path: "k"),
            .notAPrivateKey(KeyText.notBase64.message),
            .isPrivateKey,
            .notAPublicKey(KeyText.notBase64.message), .verifying("e"), .events(file: "e", count: 9),
            .chainIntact(head: "ab"),
            .signatures(publications: 2, valid: 1, unsigned: 1, unchecked: 0), .intact, .failed(2),
        ]
    }
}

/// Why a key file cannot be read (`Keys.KeyError`); never quoting the file's content.
public enum KeyText: MessageEntry, Hashable {
    case notEd25519Private
    case notEd25519Public
    case publicKeyFile
    case privateKeyFile
    case notAKeyFile(header: String)
    case notBase64

    public var message: Message {
        switch self {
        case .notEd25519Private: Message(en: "not an Ed25519 private key", fr: "ce n’est pas une clé privée Ed25519")
        case .notEd25519Public: Message(en: "not an Ed25519 public key", fr: "ce n’est pas une clé publique Ed25519")
        case .publicKeyFile:
            Message(
                en: "this is a public key file; signing needs the private key",
                fr: "c’est un fichier de clé publique ; signer demande la clé privée"
            )
        case .privateKeyFile:
            Message(
                en: "this is a private key file; give the public key (.pub)",
                fr: "c’est un fichier de clé privée ; donnez la clé publique (.pub)"
            )
        case .notAKeyFile(let header):
            Message(
                en: "not a Scrutin key file (expected a first line '\(header)')",
                fr: "ce n’est pas un fichier de clé Scrutin (première ligne attendue : « \(header) »)"
            )
        case .notBase64:
            Message(en: "the key is not 32 bytes of base64", fr: "la clé n’est pas faite de 32 octets en base64")
        }
    }

    public static let samples: [KeyText] = [
        .notEd25519Private, .notEd25519Public, .publicKeyFile, .privateKeyFile,
        .notAKeyFile(header: "scrutin-ed25519-public-v1"), .notBase64,
    ]
}
