/// A check: its code, severity, one-line meaning and message template.
public struct CheckDefinition: Sendable, Hashable {
    public let code: CheckCode
    public let severity: Severity
    /// What the check means, in one line.
    public let meaning: Message
    /// The message, with `{0}`, `{1}`, … for the problem's arguments.
    public let template: Message
    /// Arguments that are words of the message rather than values from the bundle, by the
    /// argument's text: they are written in the message's language.
    public let words: [String: Message]

    init(code: CheckCode, severity: Severity, meaning: Message, template: Message, words: [String: Message] = [:]) {
        self.code = code
        self.severity = severity
        self.meaning = meaning
        self.template = template
        self.words = words
    }
}

extension CheckCode {
    // S: file structure (fatal)
    public static let missingFile = CheckCode("S001")
    public static let invalidUTF8 = CheckCode("S002")
    public static let missingHeader = CheckCode("S003")
    public static let missingColumn = CheckCode("S004")
    public static let unknownColumn = CheckCode("S005")
    public static let duplicateColumn = CheckCode("S006")
    public static let shortRow = CheckCode("S007")
    public static let longRow = CheckCode("S008")
    public static let unterminatedQuote = CheckCode("S009")
    public static let textAfterQuote = CheckCode("S010")
    public static let strayQuote = CheckCode("S011")
    public static let invalidJSON = CheckCode("S012")
    public static let orphanFile = CheckCode("S013")
    public static let unreadableFile = CheckCode("S014")
    public static let extraRound = CheckCode("S015")
    public static let notARegularFile = CheckCode("S016")
    public static let strayFile = CheckCode("S017")
    public static let moreStructuralProblems = CheckCode("S018")

    // D: election definition (fatal)
    public static let duplicateCode = CheckCode("D001")
    public static let unknownReference = CheckCode("D002")
    public static let invalidValue = CheckCode("D003")
    public static let seatsMismatch = CheckCode("D004")
    public static let constituencyWithoutLists = CheckCode("D005")
    public static let constituencyWithoutStations = CheckCode("D006")
    public static let unknownSystem = CheckCode("D007")
    public static let invalidRounds = CheckCode("D008")
    public static let duplicatePosition = CheckCode("D009")

    // C: candidacies (error)
    public static let listSize = CheckCode("C001")
    public static let genderQuota = CheckCode("C002")
    public static let candidateOnSeveralLists = CheckCode("C003")
    public static let partyNotOnList = CheckCode("C004")
    public static let positionGap = CheckCode("C005")

    // E: tally sheets (error, quarantine)
    public static let voterBalance = CheckCode("E101")
    public static let voteSum = CheckCode("E102")
    public static let listNotRunning = CheckCode("E103")
    public static let listNotInRunoff = CheckCode("E104")
    public static let unknownStation = CheckCode("E105")
    public static let duplicateSheet = CheckCode("E106")
    public static let negativeNumber = CheckCode("E107")
    public static let notAnInteger = CheckCode("E108")
    public static let numberTooLarge = CheckCode("E109")
    public static let duplicateVoteRow = CheckCode("E110")
    public static let votesWithoutSheet = CheckCode("E111")
    public static let unknownList = CheckCode("E112")
    public static let sheetForClosedStation = CheckCode("E113")
    public static let noRunoffHere = CheckCode("E114")

    // W: tally sheets (warning, counted)
    public static let votersAboveRegistered = CheckCode("W201")
    public static let registeredDiffers = CheckCode("W202")
    public static let highInvalidShare = CheckCode("W203")
    public static let turnoutOutlier = CheckCode("W204")
}

/// The one catalogue of every check Scrutin makes.
///
/// The README lists the same table (`scrutin codes --format markdown` prints it) and a test keeps
/// the two equal.
public enum CheckCatalogue {
    /// Every check, in code order.
    public static let all: [CheckDefinition] = [
        // S: structure
        .init(
            code: .missingFile,
            severity: .fatal,
            meaning: .init(en: "A required file is missing.", fr: "Un fichier obligatoire manque."),
            template: .init(en: "required file is missing", fr: "fichier obligatoire absent")
        ),
        .init(
            code: .invalidUTF8,
            severity: .fatal,
            meaning: .init(en: "A file is not valid UTF-8.", fr: "Un fichier n’est pas en UTF-8 valide."),
            template: .init(
                en: "invalid UTF-8 at byte {0}; save the file as UTF-8",
                fr: "UTF-8 invalide à l’octet {0} ; enregistrez le fichier en UTF-8"
            )
        ),
        .init(
            code: .missingHeader,
            severity: .fatal,
            meaning: .init(en: "A CSV file has no header row.", fr: "Un fichier CSV n’a pas de ligne d’en-tête."),
            template: .init(
                en: "the file is empty; expected the header {0}",
                fr: "le fichier est vide ; en-tête attendu : {0}"
            )
        ),
        .init(
            code: .missingColumn,
            severity: .fatal,
            meaning: .init(en: "The header lacks a required column.", fr: "L’en-tête n’a pas une colonne obligatoire."),
            template: .init(
                en: "the header has no column '{0}'; expected {1}",
                fr: "l’en-tête n’a pas de colonne « {0} » ; attendu : {1}"
            )
        ),
        .init(
            code: .unknownColumn,
            severity: .fatal,
            meaning: .init(
                en: "The header has a column Scrutin does not know.",
                fr: "L’en-tête a une colonne inconnue."
            ),
            template: .init(
                en: "unknown column '{0}'; expected {1}",
                fr: "colonne inconnue « {0} » ; attendu : {1}"
            )
        ),
        .init(
            code: .duplicateColumn,
            severity: .fatal,
            meaning: .init(en: "The header names a column twice.", fr: "L’en-tête nomme deux fois une colonne."),
            template: .init(en: "column '{0}' appears twice", fr: "la colonne « {0} » apparaît deux fois")
        ),
        .init(
            code: .shortRow,
            severity: .fatal,
            meaning: .init(
                en: "A row has fewer fields than the header.",
                fr: "Une ligne a moins de champs que l’en-tête."
            ),
            template: .init(
                en: "the row has {0} fields, the header {1}",
                fr: "la ligne a {0} champs, l’en-tête {1}"
            )
        ),
        .init(
            code: .longRow,
            severity: .fatal,
            meaning: .init(
                en: "A row has more fields than the header.",
                fr: "Une ligne a plus de champs que l’en-tête."
            ),
            template: .init(
                en: "the row has {0} fields, the header {1}",
                fr: "la ligne a {0} champs, l’en-tête {1}"
            )
        ),
        .init(
            code: .unterminatedQuote,
            severity: .fatal,
            meaning: .init(en: "A quoted field is never closed.", fr: "Un champ entre guillemets n’est jamais fermé."),
            template: .init(
                en: "the quoted field opened here is never closed",
                fr: "le champ ouvert ici par un guillemet n’est jamais fermé"
            )
        ),
        .init(
            code: .textAfterQuote,
            severity: .fatal,
            meaning: .init(en: "Text follows a closing quote.", fr: "Du texte suit un guillemet fermant."),
            template: .init(
                en: "text after the closing quote; double a quote inside a quoted field (\"\")",
                fr: "texte après le guillemet fermant ; doublez un guillemet dans un champ entre guillemets (\"\")"
            )
        ),
        .init(
            code: .strayQuote,
            severity: .fatal,
            meaning: .init(
                en: "A quote appears inside an unquoted field.",
                fr: "Un guillemet apparaît dans un champ sans guillemets."
            ),
            template: .init(
                en: "quote inside an unquoted field; quote the whole field and double inner quotes",
                fr:
                    "guillemet dans un champ sans guillemets ; entourez le champ de guillemets et doublez ceux de l’intérieur"
            )
        ),
        .init(
            code: .invalidJSON,
            severity: .fatal,
            meaning: .init(en: "election.json cannot be read.", fr: "election.json est illisible."),
            template: .init(en: "{0}", fr: "{0}")
        ),
        .init(
            code: .orphanFile,
            severity: .fatal,
            meaning: .init(
                en: "A file comes without the file it completes.",
                fr: "Un fichier est fourni sans celui qu’il complète."
            ),
            template: .init(en: "{0} is present but {1} is not", fr: "{0} est présent mais {1} manque")
        ),
        .init(
            code: .unreadableFile,
            severity: .fatal,
            meaning: .init(
                en: "A file exists but cannot be read.",
                fr: "Un fichier existe mais ne peut pas être lu."
            ),
            template: .init(en: "cannot be read: {0}", fr: "illisible : {0}")
        ),
        .init(
            code: .extraRound,
            severity: .fatal,
            meaning: .init(
                en: "Files for a round the election does not have.",
                fr: "Des fichiers pour un tour que l’élection n’a pas."
            ),
            template: .init(
                en: "this election has rounds 1 to {0}; round {1} is not one of them",
                fr: "cette élection a les tours 1 à {0} ; le tour {1} n’en fait pas partie"
            )
        ),
        .init(
            code: .notARegularFile,
            severity: .fatal,
            meaning: .init(
                en: "A bundle file is a folder, a device, a pipe or a socket.",
                fr: "Un fichier du dossier est un dossier, un périphérique, un tube ou une socket."
            ),
            template: .init(
                en: "is {0}, not a regular file; it is not read (put the file itself here)",
                fr: "est {0}, pas un fichier ordinaire ; il n’est pas lu (placez ici le fichier lui-même)"
            ),
            words: Dictionary(uniqueKeysWithValues: NotARegularFile.Kind.allCases.map { ($0.rawValue, $0.name) })
        ),
        .init(
            code: .strayFile,
            severity: .fatal,
            meaning: .init(
                en: "A file or folder looks like the bundle's data but is not where or as the layout names it.",
                fr:
                    "Un fichier ou un dossier ressemble aux données du scrutin mais n’est pas placé ou nommé comme prévu."
            ),
            template: .init(
                en:
                    "Scrutin does not read this; the bundle's name for it is {0}: rename or move it (nothing is loaded)",
                fr:
                    "Scrutin ne lit pas ceci ; son nom dans un dossier de scrutin est {0} : renommez-le ou déplacez-le (rien n’est chargé)"
            )
        ),
        .init(
            code: .moreStructuralProblems,
            severity: .fatal,
            meaning: .init(
                en: "A file has more structural problems than are listed.",
                fr: "Un fichier a plus de problèmes de structure que ceux listés."
            ),
            template: .init(
                en: "and {0} more structural problems in this file, not listed; fix those above and run again",
                fr:
                    "et {0} autres problèmes de structure dans ce fichier, non listés ; corrigez ceux ci-dessus et relancez"
            )
        ),

        // D: definition
        .init(
            code: .duplicateCode,
            severity: .fatal,
            meaning: .init(en: "A code is defined twice.", fr: "Un code est défini deux fois."),
            template: .init(
                en: "'{0}' is already defined on line {1}",
                fr: "« {0} » est déjà défini à la ligne {1}"
            )
        ),
        .init(
            code: .unknownReference,
            severity: .fatal,
            meaning: .init(
                en: "A row refers to something not defined.",
                fr: "Une ligne renvoie à un élément non défini."
            ),
            template: .init(en: "no {0} has the code '{1}'", fr: "aucun(e) {0} n’a le code « {1} »")
        ),
        .init(
            code: .invalidValue,
            severity: .fatal,
            meaning: .init(
                en: "A definition field has an invalid value.",
                fr: "Un champ de la définition a une valeur invalide."
            ),
            template: .init(en: "'{0}' is not {1}", fr: "« {0} » n’est pas {1}"),
            words: [
                ForbiddenCharacters.expectation: Message(
                    en: ForbiddenCharacters.expectation,
                    fr: "un texte sans caractère de contrôle ni caractère invisible"
                )
            ]
        ),
        .init(
            code: .seatsMismatch,
            severity: .fatal,
            meaning: .init(
                en: "Constituency seats do not add up to the election's seats.",
                fr: "Les sièges des circonscriptions ne font pas le total de l’élection."
            ),
            template: .init(
                en: "the constituencies have {0} seats in all; election.json says {1}",
                fr: "les circonscriptions ont {0} sièges en tout ; election.json en annonce {1}"
            )
        ),
        .init(
            code: .constituencyWithoutLists,
            severity: .fatal,
            meaning: .init(en: "A constituency has no candidate list.", fr: "Une circonscription n’a aucune liste."),
            template: .init(
                en: "constituency '{0}' has no candidate list",
                fr: "la circonscription « {0} » n’a aucune liste"
            )
        ),
        .init(
            code: .constituencyWithoutStations,
            severity: .fatal,
            meaning: .init(
                en: "A constituency has no polling station.",
                fr: "Une circonscription n’a aucun bureau de vote."
            ),
            template: .init(
                en: "constituency '{0}' has no polling station",
                fr: "la circonscription « {0} » n’a aucun bureau de vote"
            )
        ),
        .init(
            code: .unknownSystem,
            severity: .fatal,
            meaning: .init(en: "The electoral system is not one Scrutin knows.", fr: "Le mode de scrutin est inconnu."),
            template: .init(
                en: "unknown system '{0}'; known: {1}",
                fr: "mode de scrutin inconnu « {0} » ; connus : {1}"
            )
        ),
        .init(
            code: .invalidRounds,
            severity: .fatal,
            meaning: .init(
                en: "The rounds in election.json are invalid.",
                fr: "Les tours d’election.json sont invalides."
            ),
            template: .init(en: "{0}", fr: "{0}")
        ),
        .init(
            code: .duplicatePosition,
            severity: .fatal,
            meaning: .init(
                en: "Two candidates share a position on a list.",
                fr: "Deux candidats ont le même rang sur une liste."
            ),
            template: .init(
                en: "list '{0}' already has a candidate at position {1} (line {2})",
                fr: "la liste « {0} » a déjà un candidat au rang {1} (ligne {2})"
            )
        ),

        // C: candidacies
        .init(
            code: .listSize,
            severity: .error,
            meaning: .init(
                en: "A list does not have as many candidates as its constituency has seats.",
                fr: "Une liste n’a pas autant de candidats que sa circonscription a de sièges."
            ),
            template: .init(
                en: "list '{0}' has {1} candidates; constituency '{2}' has {3} seats",
                fr: "la liste « {0} » a {1} candidats ; la circonscription « {2} » a {3} sièges"
            )
        ),
        .init(
            code: .genderQuota,
            severity: .error,
            meaning: .init(
                en: "A list of three or more has more than 70% of one sex (Law 2015-052).",
                fr: "Une liste de trois noms ou plus compte plus de 70 % d’un même sexe (loi 2015-052)."
            ),
            template: .init(
                en: "list '{0}' has {1} of {2} candidates of one sex ({3}); at most 70% is allowed",
                fr: "la liste « {0} » compte {1} candidats d’un même sexe sur {2} ({3}) ; 70 % au plus"
            )
        ),
        .init(
            code: .candidateOnSeveralLists,
            severity: .error,
            meaning: .init(
                en: "A candidate stands on more than one list.",
                fr: "Un candidat figure sur plusieurs listes."
            ),
            template: .init(
                en: "'{0}' also stands on list '{1}' (line {2})",
                fr: "« {0} » figure aussi sur la liste « {1} » (ligne {2})"
            )
        ),
        .init(
            code: .partyNotOnList,
            severity: .error,
            meaning: .init(
                en: "A candidate's party is not a member of the list.",
                fr: "Le parti d’un candidat n’est pas membre de la liste."
            ),
            template: .init(
                en: "party '{0}' is not a member of list '{1}' ({2})",
                fr: "le parti « {0} » n’est pas membre de la liste « {1} » ({2})"
            )
        ),
        .init(
            code: .positionGap,
            severity: .error,
            meaning: .init(
                en: "A list's positions are not numbered 1 to n.",
                fr: "Les rangs d’une liste ne vont pas de 1 à n."
            ),
            template: .init(
                en: "list '{0}' has positions {1}; expected 1 to {2}",
                fr: "la liste « {0} » a les rangs {1} ; attendu 1 à {2}"
            )
        ),

        // E: tally sheets
        .init(
            code: .voterBalance,
            severity: .error,
            meaning: .init(en: "Voters ≠ invalid + valid.", fr: "Votants ≠ nuls + exprimés."),
            template: .init(
                en: "voters {0} ≠ invalid {1} + valid {2} (= {3})",
                fr: "votants {0} ≠ nuls {1} + exprimés {2} (= {3})"
            )
        ),
        .init(
            code: .voteSum,
            severity: .error,
            meaning: .init(
                en: "The list votes do not add up to the valid votes.",
                fr: "Les voix des listes ne font pas les exprimés."
            ),
            template: .init(
                en: "list votes add up to {0}; the sheet gives {1} valid votes",
                fr: "les voix des listes font {0} ; la feuille donne {1} exprimés"
            )
        ),
        .init(
            code: .listNotRunning,
            severity: .error,
            meaning: .init(
                en: "Votes for a list that does not run in the station's constituency.",
                fr: "Des voix pour une liste absente de la circonscription du bureau."
            ),
            template: .init(
                en: "list '{0}' does not run in constituency '{1}'",
                fr: "la liste « {0} » ne se présente pas dans « {1} »"
            )
        ),
        .init(
            code: .listNotInRunoff,
            severity: .error,
            meaning: .init(
                en: "Round-2 votes for a list not in the runoff.",
                fr: "Des voix au second tour pour une liste hors du duel."
            ),
            template: .init(
                en: "list '{0}' is not in the runoff of '{1}' ({2})",
                fr: "la liste « {0} » n’est pas au second tour de « {1} » ({2})"
            )
        ),
        .init(
            code: .unknownStation,
            severity: .error,
            meaning: .init(
                en: "A sheet or vote row names an unknown polling station.",
                fr: "Une feuille ou une ligne de voix nomme un bureau inconnu."
            ),
            template: .init(en: "no polling station has the code '{0}'", fr: "aucun bureau de vote n’a le code « {0} »")
        ),
        .init(
            code: .duplicateSheet,
            severity: .error,
            meaning: .init(
                en: "A second sheet for the same station and round; both are held.",
                fr: "Une deuxième feuille pour le même bureau et le même tour ; les deux sont retenues."
            ),
            template: .init(
                en: "station '{0}' already has a sheet on line {1}; both sheets are quarantined",
                fr: "le bureau « {0} » a déjà une feuille à la ligne {1} ; les deux feuilles sont mises en quarantaine"
            )
        ),
        .init(
            code: .negativeNumber,
            severity: .error,
            meaning: .init(en: "A count is negative.", fr: "Un nombre est négatif."),
            template: .init(en: "'{0}' is negative", fr: "« {0} » est négatif")
        ),
        .init(
            code: .notAnInteger,
            severity: .error,
            meaning: .init(en: "A count is not a whole number.", fr: "Un nombre n’est pas entier."),
            template: .init(
                en: "'{0}' is not a whole number written in digits only (no sign, point or space)",
                fr: "« {0} » n’est pas un nombre entier écrit en chiffres seulement (sans signe, point ni espace)"
            )
        ),
        .init(
            code: .numberTooLarge,
            severity: .error,
            meaning: .init(
                en: "A count is too large (over 2,147,483,647).",
                fr: "Un nombre est trop grand (plus de 2 147 483 647)."
            ),
            template: .init(en: "'{0}' is too large", fr: "« {0} » est trop grand")
        ),
        .init(
            code: .duplicateVoteRow,
            severity: .error,
            meaning: .init(
                en: "Two vote rows for the same station and list.",
                fr: "Deux lignes de voix pour le même bureau et la même liste."
            ),
            template: .init(
                en: "station '{0}' already has a vote row for list '{1}'",
                fr: "le bureau « {0} » a déjà une ligne de voix pour la liste « {1} »"
            )
        ),
        .init(
            code: .votesWithoutSheet,
            severity: .error,
            meaning: .init(
                en: "Vote rows for a station that has no sheet this round.",
                fr: "Des voix pour un bureau sans feuille à ce tour."
            ),
            template: .init(
                en: "station '{0}' has no sheet in {1}",
                fr: "le bureau « {0} » n’a pas de feuille dans {1}"
            )
        ),
        .init(
            code: .unknownList,
            severity: .error,
            meaning: .init(en: "A vote row names an unknown list.", fr: "Une ligne de voix nomme une liste inconnue."),
            template: .init(en: "no list has the code '{0}'", fr: "aucune liste n’a le code « {0} »")
        ),
        .init(
            code: .sheetForClosedStation,
            severity: .error,
            meaning: .init(
                en: "A sheet for a station recorded as not opened.",
                fr: "Une feuille pour un bureau noté non ouvert."
            ),
            template: .init(
                en: "station '{0}' is recorded as not opened in {1}",
                fr: "le bureau « {0} » est noté non ouvert dans {1}"
            )
        ),
        .init(
            code: .noRunoffHere,
            severity: .error,
            meaning: .init(
                en: "A round-2 sheet where no runoff is held.",
                fr: "Une feuille de second tour là où il n’y a pas de second tour."
            ),
            template: .init(
                en: "constituency '{0}' has no runoff: {1}",
                fr: "la circonscription « {0} » n’a pas de second tour : {1}"
            ),
            words: [
                SheetChecks.decidedEarlier: Message(
                    en: SheetChecks.decidedEarlier,
                    fr: "elle a été pourvue à un tour précédent"
                ),
                SheetChecks.earlierRoundOpen: Message(
                    en: SheetChecks.earlierRoundOpen,
                    fr: "le tour précédent n’y est pas arrêté"
                ),
            ]
        ),

        // W: warnings
        .init(
            code: .votersAboveRegistered,
            severity: .warning,
            meaning: .init(
                en: "More voters than registered (officials may vote away from home).",
                fr: "Plus de votants que d’inscrits (les agents peuvent voter hors de leur bureau)."
            ),
            template: .init(en: "voters {0} > registered {1}", fr: "votants {0} > inscrits {1}")
        ),
        .init(
            code: .registeredDiffers,
            severity: .warning,
            meaning: .init(
                en: "Registered voters on the sheet differ from the register.",
                fr: "Les inscrits de la feuille diffèrent de la liste électorale."
            ),
            template: .init(
                en: "the sheet gives {0} registered; the register {1}",
                fr: "la feuille donne {0} inscrits ; la liste électorale {1}"
            )
        ),
        .init(
            code: .highInvalidShare,
            severity: .warning,
            meaning: .init(en: "A high share of invalid ballots.", fr: "Une forte part de bulletins nuls."),
            template: .init(
                en: "invalid ballots {0} of {1} voters ({2}), above {3}",
                fr: "bulletins nuls {0} sur {1} votants ({2}), au-dessus de {3}"
            )
        ),
        .init(
            code: .turnoutOutlier,
            severity: .warning,
            meaning: .init(
                en: "Turnout far from the constituency's.",
                fr: "Une participation éloignée de celle de la circonscription."
            ),
            template: .init(
                en: "turnout {0}; constituency '{1}' {2}; more than {3} points apart",
                fr: "participation {0} ; circonscription « {1} » {2} ; écart de plus de {3} points"
            )
        ),
    ]

    private static let byCode: [CheckCode: CheckDefinition] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.code, $0) }
    )

    /// The definition of a code.
    ///
    /// - Precondition: the code is in the catalogue (every `CheckCode` constant is).
    public static func definition(of code: CheckCode) -> CheckDefinition {
        guard let definition = byCode[code] else {
            preconditionFailure("check code \(code) is not in the catalogue")
        }
        return definition
    }
}
