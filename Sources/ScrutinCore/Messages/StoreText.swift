/// What the election file says when it cannot be used: `StoreError`'s messages and their reasons.
public enum StoreText: MessageEntry {
    case changedBlob(sha256: String)
    case notAnElectionFile(path: String, reason: Message)
    case exists(String)
    case cannotCreate(path: String, reason: Message)
    case busy(String)
    /// A refusal caused by a damaged stored file (`RecordError.line`).
    case recordDamaged(line: Message)
    /// A refusal of the record (`RecordError.line`).
    case recordRefused(line: Message)
    case chain(ChainText)
    case damaged(Message)
    case notRebuilt(Message)
    case database(Message)
    case noSuchFile
    case notSQLite
    case noJournal
    case format(String?)
    /// SQLite's own message, as SQLite writes it (in English).
    case sqlite(String)
    case malformed(String)
    case holds(table: String, column: String, held: StoredValueKind, expected: StoredValueKind)
    case failsVerification(Message)
    case signedWithoutKey(sequence: Int, key: String)
    case checkpointDisagrees(Int)
    case recordUnreadable
    case wroteNothing
    case noCheckpoint
    case checkpointWithoutState
    case checkpointChanged
    case storedValueDamaged(column: Int, value: String)
    case embeddedNoDefinition

    public var message: Message {
        switch self {
        case .changedBlob(let sha256):
            Message(
                en: "the stored file \(sha256.prefix(16))… no longer matches its SHA-256: it was changed outside the "
                    + "program",
                fr: "le fichier conservé \(sha256.prefix(16))… ne correspond plus à son SHA-256 : il a été modifié "
                    + "hors du programme"
            )
        case .notAnElectionFile(let path, let reason):
            Message(
                en: "\(path) is not an election file: \(reason.english)",
                fr: "\(path) n’est pas un fichier d’élection : \(reason.french)"
            )
        case .exists(let path):
            Message(
                en: "\(path) exists already; nothing was written",
                fr: "\(path) existe déjà ; rien n’a été écrit"
            )
        case .cannotCreate(let path, let reason):
            Message(
                en: "cannot create \(path): \(reason.english); nothing was written",
                fr: "impossible de créer \(path) : \(reason.french) ; rien n’a été écrit"
            )
        case .busy(let path):
            Message(
                en: "\(path) is busy: another process is writing to it; try again (nothing was written)",
                fr: "\(path) est occupé : un autre processus y écrit ; réessayez (rien n’a été écrit)"
            )
        case .recordDamaged(let line):
            Message(
                en: line.english + "; the election file is damaged (scrutin verify checks it); nothing was written",
                fr: line.french
                    + " ; le fichier d’élection est endommagé (scrutin verify le contrôle) ; rien n’a été écrit"
            )
        case .recordRefused(let line):
            Message(en: line.english + " (nothing was written)", fr: line.french + " (rien n’a été écrit)")
        case .chain(let broken):
            Message(
                en: "the journal was changed outside the program: \(broken.message.english)",
                fr: "le journal a été modifié hors du programme : \(broken.message.french)"
            )
        case .damaged(let what):
            Message(
                en: "the election file is damaged: \(what.english) (nothing was written)",
                fr: "le fichier d’élection est endommagé : \(what.french) (rien n’a été écrit)"
            )
        case .notRebuilt(let reason):
            Message(
                en: "the cached results are not rebuilt (nothing was written): " + reason.english,
                fr: "les résultats en cache ne sont pas reconstruits (rien n’a été écrit) : " + reason.french
            )
        case .database(let message):
            Message(en: "database error: " + message.english, fr: "erreur de la base : " + message.french)
        case .noSuchFile: Message(en: "no such file", fr: "fichier introuvable")
        case .notSQLite:
            Message(
                en: "not an SQLite database (a bundle is a folder of CSV files)",
                fr: "ce n’est pas une base SQLite (un dossier de scrutin est un dossier de fichiers CSV)"
            )
        case .noJournal: Message(en: "it has no journal", fr: "il n’a pas de journal")
        case .format(let format?): Message(en: "its format is '\(format)'", fr: "son format est « \(format) »")
        case .format(nil): Message(en: "its format is unknown", fr: "son format est inconnu")
        case .sqlite(let text): Message(en: text, fr: text)
        case .malformed(let detail):
            Message(en: "SQLite finds it malformed (\(detail))", fr: "SQLite le trouve malformé (\(detail))")
        case .holds(let table, let column, let held, let expected):
            Message(
                en: "table \(table), column \(column) holds \(held.message.english) where \(expected.message.english) "
                    + "is due",
                fr: "table \(table), la colonne \(column) contient \(held.message.french) là où il faut "
                    + "\(expected.message.french)"
            )
        case .failsVerification(let finding):
            Message(
                en: "the file fails verification: \(finding.english)",
                fr: "le fichier échoue au contrôle : \(finding.french)"
            )
        case .signedWithoutKey(let sequence, let key):
            Message(
                en: "event \(sequence): the publication is signed by \(key) and no key was given to check it "
                    + "(give --key)",
                fr: "événement \(sequence) : la publication est signée par \(key) et aucune clé n’a été donnée pour "
                    + "la vérifier (donnez --key)"
            )
        case .checkpointDisagrees(let sequence):
            Message(
                en: "the checkpoint at event \(sequence) disagrees with the journal; nothing was published "
                    + "(scrutin verify names it; verify --rebuild-caches replaces it)",
                fr: "le point de reprise de l’événement \(sequence) contredit le journal ; rien n’a été publié "
                    + "(scrutin verify le signale ; verify --rebuild-caches le remplace)"
            )
        case .recordUnreadable: Message(en: "the record could not be read", fr: "le registre n’a pas pu être lu")
        case .wroteNothing: Message(en: "the transaction wrote nothing", fr: "la transaction n’a rien écrit")
        case .noCheckpoint: Message(en: "no checkpoint", fr: "aucun point de reprise")
        case .checkpointWithoutState:
            Message(en: "checkpoint without state", fr: "point de reprise sans état")
        case .checkpointChanged: Message(en: "checkpoint changed", fr: "point de reprise modifié")
        case .embeddedNoDefinition:
            Message(en: "the embedded journal has no definition", fr: "le journal intégré n’a pas de définition")
        case .storedValueDamaged(let column, let value):
            Message(
                en: "a stored value is damaged (column \(column) is \(value))",
                fr: "une valeur conservée est endommagée (la colonne \(column) vaut \(value))"
            )
        }
    }

    public static var samples: [StoreText] {
        let line = RecordRefusal.listTwice.message
        return [
            .changedBlob(sha256: String(repeating: "ab", count: 32)), .notAnElectionFile(path: "e", reason: line),
            .exists("e"), .cannotCreate(path: "e", reason: line), .busy("e"), .recordDamaged(line: line),
            .recordRefused(line: line), .chain(.notCanonical(sequence: 3)), .damaged(line), .notRebuilt(line),
            .database(line), .noSuchFile, .notSQLite, .noJournal, .format("2"), .sqlite("disk I/O error"),
            .malformed("database disk image is malformed"),
            .holds(table: "events", column: "hash", held: .null, expected: .text), .failsVerification(line),
            .signedWithoutKey(sequence: 4, key: "ab12"), .checkpointDisagrees(12), .recordUnreadable, .wroteNothing,
            .noCheckpoint, .checkpointWithoutState, .checkpointChanged,
            .storedValueDamaged(column: 2, value: "NULL"), .embeddedNoDefinition,
        ]
    }
}

/// The kind of a value an election file holds, as a message about a damaged file names it.
public enum StoredValueKind: MessageEntry, CaseIterable {
    case null
    case integer
    case real
    case text
    case bytes

    public var message: Message {
        switch self {
        case .null: Message(en: "NULL", fr: "NULL")
        case .integer: Message(en: "a whole number", fr: "un entier")
        case .real: Message(en: "a real number", fr: "un nombre réel")
        case .text: Message(en: "a text", fr: "un texte")
        case .bytes: Message(en: "bytes", fr: "des octets")
        }
    }
}

/// Where a journal's hash chain breaks, and how (`HashChain.Break`).
public enum ChainText: MessageEntry, Hashable {
    case removed(sequence: Int, found: Int)
    case standsElsewhere(sequence: Int, found: Int)
    case changed(sequence: Int, hash: String)
    case hashNotSHA256(sequence: Int)
    case doesNotFollow(sequence: Int)
    case malformed(sequence: Int, detail: String)
    case contentSays(sequence: Int, found: Int)
    case notCanonical(sequence: Int)

    public var message: Message {
        switch self {
        case .removed(let sequence, let found):
            Message(
                en: "removed: the journal goes from event \(sequence - 1) to event \(found)",
                fr: "supprimé : le journal passe de l’événement \(sequence - 1) à l’événement \(found)"
            )
        case .standsElsewhere(let sequence, let found):
            Message(
                en: "reordered: event \(found) stands where event \(sequence) should be",
                fr: "déplacé : l’événement \(found) se trouve à la place de l’événement \(sequence)"
            )
        case .changed(_, let hash):
            Message(
                en: "changed: its content no longer matches its hash \(hash.prefix(16))…",
                fr: "modifié : son contenu ne correspond plus à son empreinte \(hash.prefix(16))…"
            )
        case .hashNotSHA256:
            Message(
                en: "changed: its stored hash is not a SHA-256",
                fr: "modifié : son empreinte conservée n’est pas un SHA-256"
            )
        case .doesNotFollow(let sequence):
            Message(
                en: "reordered: it does not follow event \(sequence - 1): an event before it was changed, removed or "
                    + "moved",
                fr: "déplacé : il ne suit pas l’événement \(sequence - 1) : un événement antérieur a été modifié, "
                    + "supprimé ou déplacé"
            )
        case .malformed(_, let detail):
            Message(
                en: "malformed: its bytes are not an event: \(detail)",
                fr: "malformé : ses octets ne sont pas un événement : \(detail)"
            )
        case .contentSays(_, let found):
            Message(
                en: "reordered: its content says event \(found)",
                fr: "déplacé : son contenu dit événement \(found)"
            )
        case .notCanonical:
            Message(
                en: "malformed: its bytes are not in canonical form",
                fr: "malformé : ses octets ne sont pas sous forme canonique"
            )
        }
    }

    /// The event where the chain breaks.
    public var sequence: Int {
        switch self {
        case .removed(let sequence, _), .standsElsewhere(let sequence, _), .changed(let sequence, _),
            .hashNotSHA256(let sequence), .doesNotFollow(let sequence), .malformed(let sequence, _),
            .contentSays(let sequence, _), .notCanonical(let sequence):
            sequence
        }
    }

    public static let samples: [ChainText] = [
        .removed(sequence: 3, found: 5), .standsElsewhere(sequence: 3, found: 4),
        .changed(sequence: 3, hash: String(repeating: "ab", count: 32)), .hashNotSHA256(sequence: 3),
        .doesNotFollow(sequence: 3), .malformed(sequence: 3, detail: "dataCorrupted"),
        .contentSays(sequence: 3, found: 4),
        .notCanonical(sequence: 3),
    ]
}

/// What `scrutin verify` finds in an election file.
public enum VerifyText: MessageEntry {
    case emptyJournal
    case filterColumns
    case storedFileChanged(sha256: String)
    case fileMissing(path: String)
    case refused(code: RefusalCode, message: Message)
    case checkpointBeyondEnd(sequence: Int, last: Int)
    case checkpointUnchecked(stoppedAt: Int)
    case cacheBeyondEnd(sequence: Int, last: Int)
    case cacheUnchecked(stoppedAt: Int)
    case cacheMissing
    case cacheDiffers
    case cacheNotPublication
    case notSigned
    case signatureMismatch
    case signedByOther(key: String, keys: [String])
    case signatureBeyondEnd(sequence: Int, last: Int)
    case signatureNotPublication
    case checkpointOtherJournal
    case checkpointBytesChanged
    case checkpointNoState
    case checkpointStateDiffers
    case checkpointColumnsDiffer
    case checkpointColumnDiffers(String)
    /// A finding on one line: `event 12: …`.
    case finding(sequence: Int?, Message)

    public var message: Message {
        switch self {
        case .emptyJournal:
            Message(
                en: "removed: the journal is empty; its first event must define the election",
                fr: "supprimé : le journal est vide ; son premier événement doit définir l’élection"
            )
        case .filterColumns:
            Message(
                en: "its filter columns no longer match its content",
                fr: "ses colonnes de filtre ne correspondent plus à son contenu"
            )
        case .storedFileChanged(let sha256):
            Message(
                en: "stored file \(sha256.prefix(16))… was changed",
                fr: "le fichier conservé \(sha256.prefix(16))… a été modifié"
            )
        case .fileMissing(let path):
            Message(en: "its file \(path) is missing or changed", fr: "son fichier \(path) manque ou a été modifié")
        case .refused(let code, let message):
            Message(en: "\(code): \(message.english)", fr: "\(code) : \(message.french)")
        case .checkpointBeyondEnd(let sequence, let last):
            Message(
                en: "a checkpoint refers to event \(sequence), but the journal ends at event \(last)",
                fr: "un point de reprise renvoie à l’événement \(sequence), mais le journal s’arrête à l’événement "
                    + "\(last)"
            )
        case .checkpointUnchecked(let stoppedAt):
            Message(
                en: "the checkpoint cannot be checked: the replay stopped at event \(stoppedAt)",
                fr: "le point de reprise ne peut être contrôlé : la relecture s’est arrêtée à l’événement \(stoppedAt)"
            )
        case .cacheBeyondEnd(let sequence, let last):
            Message(
                en: "removed: cached results refer to event \(sequence), but the journal ends at event \(last)",
                fr: "supprimé : des résultats en cache renvoient à l’événement \(sequence), mais le journal s’arrête "
                    + "à l’événement \(last)"
            )
        case .cacheUnchecked(let stoppedAt):
            Message(
                en: "cannot be checked: the replay stopped at event \(stoppedAt)",
                fr: "contrôle impossible : la relecture s’est arrêtée à l’événement \(stoppedAt)"
            )
        case .cacheMissing:
            Message(
                en: "the cached results of this publication are missing",
                fr: "les résultats en cache de cette publication manquent"
            )
        case .cacheDiffers:
            Message(
                en: "the cached results of this publication differ from the journal's "
                    + "(`verify --rebuild-caches` replaces them)",
                fr: "les résultats en cache de cette publication diffèrent de ceux du journal "
                    + "(`verify --rebuild-caches` les remplace)"
            )
        case .cacheNotPublication:
            Message(
                en: "cached results for an event that is not a publication",
                fr: "des résultats en cache pour un événement qui n’est pas une publication"
            )
        case .notSigned: Message(en: "the publication is not signed", fr: "la publication n’est pas signée")
        case .signatureMismatch:
            Message(
                en: "the signature does not match the journal's head at this publication",
                fr: "la signature ne correspond pas à la tête du journal à cette publication"
            )
        case .signedByOther(let key, let keys):
            Message(
                en: "signed by \(key), not by " + keys.joined(separator: " or "),
                fr: "signée par \(key), non par " + keys.joined(separator: " ou ")
            )
        case .signatureBeyondEnd(let sequence, let last):
            Message(
                en: "removed: a publication's signature refers to event \(sequence), but the journal ends at event "
                    + "\(last)",
                fr: "supprimé : la signature d’une publication renvoie à l’événement \(sequence), mais le journal "
                    + "s’arrête à l’événement \(last)"
            )
        case .signatureNotPublication:
            Message(
                en: "a signature of an event that is not a publication",
                fr: "une signature d’un événement qui n’est pas une publication"
            )
        case .checkpointOtherJournal:
            Message(
                en: "the checkpoint was written for another journal (its event's hash differs); it is not used",
                fr: "le point de reprise a été écrit pour un autre journal (l’empreinte de son événement diffère) ; "
                    + "il n’est pas utilisé"
            )
        case .checkpointBytesChanged:
            Message(
                en: "the checkpoint's bytes were changed outside the program; it is not used",
                fr: "les octets du point de reprise ont été modifiés hors du programme ; il n’est pas utilisé"
            )
        case .checkpointNoState:
            Message(
                en: "the record has no state to compare the checkpoint with",
                fr: "le registre n’a pas d’état auquel comparer le point de reprise"
            )
        case .checkpointStateDiffers:
            Message(
                en: "the checkpoint's state differs from the journal's (`verify --rebuild-caches` replaces it)",
                fr: "l’état du point de reprise diffère de celui du journal (`verify --rebuild-caches` le remplace)"
            )
        case .checkpointColumnsDiffer:
            Message(
                en: "the checkpoint's columns differ from the journal's state (`verify --rebuild-caches` replaces it)",
                fr: "les colonnes du point de reprise diffèrent de l’état du journal (`verify --rebuild-caches` le "
                    + "remplace)"
            )
        case .checkpointColumnDiffers(let name):
            Message(
                en: "the checkpoint's column \(name) differs from the journal's state "
                    + "(`verify --rebuild-caches` replaces it)",
                fr: "la colonne \(name) du point de reprise diffère de l’état du journal "
                    + "(`verify --rebuild-caches` la remplace)"
            )
        case .finding(let sequence?, let message):
            Message(
                en: "event \(sequence): \(message.english)",
                fr: "événement \(sequence) : \(message.french)"
            )
        case .finding(nil, let message): message
        }
    }

    public static var samples: [VerifyText] {
        [
            .emptyJournal, .filterColumns, .storedFileChanged(sha256: "ab12"), .fileMissing(path: "parties.csv"),
            .refused(code: "R206", message: RecordRefusal.listTwice.message),
            .checkpointBeyondEnd(sequence: 9, last: 8), .checkpointUnchecked(stoppedAt: 4),
            .cacheBeyondEnd(sequence: 9, last: 8), .cacheUnchecked(stoppedAt: 4), .cacheMissing, .cacheDiffers,
            .cacheNotPublication, .notSigned, .signatureMismatch, .signedByOther(key: "ab", keys: ["cd", "ef"]),
            .signatureBeyondEnd(sequence: 9, last: 8), .signatureNotPublication, .checkpointOtherJournal,
            .checkpointBytesChanged, .checkpointNoState, .checkpointStateDiffers, .checkpointColumnsDiffer,
            .checkpointColumnDiffers("stations.keys"), .finding(sequence: 3, VerifyText.notSigned.message),
        ]
    }
}
