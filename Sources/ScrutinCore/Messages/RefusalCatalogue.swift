/// The stable code of a refusal of the record, like `R201`.
///
/// Codes never change meaning once published, as check codes do. The hundreds tell the family:
///
/// - `R0`: the event itself (its number, time, actor and role, texts, and the names it gives).
/// - `R1`: a round's import of tally sheets.
/// - `R2`: one sheet: its figures and its double entry.
/// - `R3`: a court ruling.
/// - `R4`: a publication of results.
/// - `R5`: a stored file or a checkpoint the record cannot use.
public struct RefusalCode: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: RefusalCode, rhs: RefusalCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A refusal: its code and what it means, in one line.
public struct RefusalDefinition: Sendable, Hashable {
    public let code: RefusalCode
    public let meaning: Message
}

/// The one catalogue of the record's refusals, as `CheckCatalogue` is of checks.
///
/// `scrutin codes --refusals` prints it; the README lists the same table, and a test keeps the two
/// equal. `RecordRefusal.code` gives each refusal its code; a test holds both to one code a case.
public enum RefusalCatalogue {
    /// Every refusal, in code order.
    public static let all: [RefusalDefinition] = [
        .init(
            code: "R001",
            meaning: Message(en: "An event's number is out of order.", fr: "Le numéro d’un événement est hors d’ordre.")
        ),
        .init(
            code: "R002",
            meaning: Message(en: "An event's time is not a UTC time.", fr: "L’heure d’un événement n’est pas en UTC.")
        ),
        .init(
            code: "R003",
            meaning: Message(
                en: "An event's time is before the previous event's.",
                fr: "L’heure d’un événement précède celle du précédent."
            )
        ),
        .init(
            code: "R004",
            meaning: Message(
                en: "A person acts in a second role (one person, one role).",
                fr: "Une personne agit dans un second rôle (une personne, un rôle)."
            )
        ),
        .init(
            code: "R005",
            meaning: Message(
                en: "The actor's role may not record this kind of event.",
                fr: "Le rôle de l’acteur ne peut pas enregistrer ce type d’événement."
            )
        ),
        .init(
            code: "R006",
            meaning: Message(
                en: "The election is not defined yet.",
                fr: "L’élection n’est pas encore définie."
            )
        ),
        .init(
            code: "R007",
            meaning: Message(en: "The election is defined already.", fr: "L’élection est déjà définie.")
        ),
        .init(
            code: "R008",
            meaning: Message(
                en: "An event's files do not load (fatal check problems).",
                fr: "Les fichiers d’un événement ne se chargent pas (problèmes bloquants)."
            )
        ),
        .init(
            code: "R009",
            meaning: Message(en: "A text given to the record is empty.", fr: "Un texte donné au registre est vide.")
        ),
        .init(
            code: "R010",
            meaning: Message(
                en: "A text begins or ends with a space.",
                fr: "Un texte commence ou finit par une espace."
            )
        ),
        .init(
            code: "R011",
            meaning: Message(
                en: "A text holds a control or invisible character.",
                fr: "Un texte contient un caractère de contrôle ou invisible."
            )
        ),
        .init(
            code: "R012",
            meaning: Message(en: "A text is longer than 1,000 characters.", fr: "Un texte dépasse 1 000 caractères.")
        ),
        .init(
            code: "R013",
            meaning: Message(
                en: "A person's name mixes scripts (it could pass for another).",
                fr: "Le nom d’une personne mêle des écritures (il pourrait passer pour un autre)."
            )
        ),
        .init(
            code: "R014",
            meaning: Message(en: "A round the election does not have.", fr: "Un tour que l’élection n’a pas.")
        ),
        .init(
            code: "R015",
            meaning: Message(
                en: "Sheets or sheet rulings in a record of declared results.",
                fr: "Des procès-verbaux ou des décisions sur eux dans un registre de résultats déclarés."
            )
        ),
        .init(
            code: "R016",
            meaning: Message(en: "A station the election does not have.", fr: "Un bureau que l’élection n’a pas.")
        ),
        .init(
            code: "R017",
            meaning: Message(
                en: "A constituency the election does not have.",
                fr: "Une circonscription que l’élection n’a pas."
            )
        ),
        .init(
            code: "R018",
            meaning: Message(en: "A list the election does not have.", fr: "Une liste que l’élection n’a pas.")
        ),
        .init(
            code: "R019",
            meaning: Message(
                en: "A list that does not run in the constituency named.",
                fr: "Une liste qui ne se présente pas dans la circonscription nommée."
            )
        ),
        .init(
            code: "R020",
            meaning: Message(en: "A party the election does not have.", fr: "Un parti que l’élection n’a pas.")
        ),
        .init(
            code: "R101",
            meaning: Message(
                en: "An import holds a file of no round.",
                fr: "Un import contient un fichier hors du tour."
            )
        ),
        .init(
            code: "R102",
            meaning: Message(en: "An import has no sheets.csv.", fr: "Un import n’a pas de sheets.csv.")
        ),
        .init(
            code: "R103",
            meaning: Message(
                en: "An import names stations the election does not have.",
                fr: "Un import nomme des bureaux que l’élection n’a pas."
            )
        ),
        .init(
            code: "R104",
            meaning: Message(
                en: "An import gives a sheet that an earlier import gave.",
                fr: "Un import donne un procès-verbal qu’un import précédent a donné."
            )
        ),
        .init(
            code: "R105",
            meaning: Message(
                en: "An import gives a sheet that clerks are keying.",
                fr: "Un import donne un procès-verbal en cours de saisie."
            )
        ),
        .init(
            code: "R106",
            meaning: Message(
                en: "An import gives a sheet that a ruling settled.",
                fr: "Un import donne un procès-verbal tranché par une décision."
            )
        ),
        .init(
            code: "R107",
            meaning: Message(
                en: "An import gives a sheet for a station recorded as not opened.",
                fr: "Un import donne un procès-verbal d’un bureau enregistré comme non ouvert."
            )
        ),
        .init(
            code: "R108",
            meaning: Message(
                en: "A station said not to have opened already has a sheet.",
                fr: "Un bureau dit non ouvert a déjà un procès-verbal."
            )
        ),
        .init(
            code: "R109",
            meaning: Message(
                en: "Sheets of a round whose final results are proclaimed.",
                fr: "Des procès-verbaux d’un tour dont les résultats définitifs sont proclamés."
            )
        ),
        .init(
            code: "R110",
            meaning: Message(
                en: "A round a constituency does not hold: its seats were decided earlier.",
                fr: "Un tour qu’une circonscription n’a pas : ses sièges ont été attribués avant."
            )
        ),
        .init(
            code: "R111",
            meaning: Message(
                en: "A round-2 sheet or ruling before the constituency's runoff is known.",
                fr: "Un procès-verbal ou une décision du second tour avant que le second tour soit connu."
            )
        ),
        .init(
            code: "R201",
            meaning: Message(
                en: "An entry for a sheet that a ruling annulled or marked as not opened.",
                fr: "Une saisie d’un procès-verbal annulé ou d’un bureau déclaré non ouvert par une décision."
            )
        ),
        .init(
            code: "R202",
            meaning: Message(
                en: "An entry for a sheet that a ruling corrected.",
                fr: "Une saisie d’un procès-verbal rectifié par une décision."
            )
        ),
        .init(
            code: "R203",
            meaning: Message(
                en: "An entry for a sheet that came in a trusted import.",
                fr: "Une saisie d’un procès-verbal venu d’un import de confiance."
            )
        ),
        .init(
            code: "R204",
            meaning: Message(
                en: "A sheet's figures name another station.",
                fr: "Les chiffres d’un procès-verbal nomment un autre bureau."
            )
        ),
        .init(
            code: "R205",
            meaning: Message(en: "A sheet's figure is negative.", fr: "Un chiffre d’un procès-verbal est négatif.")
        ),
        .init(
            code: "R206",
            meaning: Message(
                en: "A list appears twice on a sheet.",
                fr: "Une liste figure deux fois sur un procès-verbal."
            )
        ),
        .init(
            code: "R207",
            meaning: Message(
                en: "The role may not take this step of the double entry.",
                fr: "Le rôle ne peut pas faire cette étape de la double saisie."
            )
        ),
        .init(
            code: "R208",
            meaning: Message(
                en: "The second entry comes from the clerk of the first.",
                fr: "La seconde saisie vient de l’agent de la première."
            )
        ),
        .init(
            code: "R209",
            meaning: Message(en: "The sheet is accepted already.", fr: "Le procès-verbal est déjà accepté.")
        ),
        .init(
            code: "R210",
            meaning: Message(
                en: "A trusted import of a sheet a clerk has keyed.",
                fr: "Un import de confiance d’un procès-verbal saisi par un agent."
            )
        ),
        .init(
            code: "R211",
            meaning: Message(
                en: "Two different entries wait for a supervisor.",
                fr: "Deux saisies différentes attendent un superviseur."
            )
        ),
        .init(
            code: "R212",
            meaning: Message(
                en: "No two different entries to settle.",
                fr: "Pas deux saisies différentes à départager."
            )
        ),
        .init(
            code: "R213",
            meaning: Message(
                en: "A supervisor settles a sheet they keyed.",
                fr: "Un superviseur tranche un procès-verbal qu’il a saisi."
            )
        ),
        .init(
            code: "R214",
            meaning: Message(
                en: "The entry is for another station than the sheet.",
                fr: "La saisie est celle d’un autre bureau que le procès-verbal."
            )
        ),
        .init(
            code: "R301",
            meaning: Message(
                en: "A ruling's date is not YYYY-MM-DD.",
                fr: "La date d’une décision n’est pas AAAA-MM-JJ."
            )
        ),
        .init(
            code: "R302",
            meaning: Message(
                en: "A ruling is dated more than a year before the first round.",
                fr: "Une décision est datée de plus d’un an avant le premier tour."
            )
        ),
        .init(
            code: "R303",
            meaning: Message(
                en: "A ruling is dated after it is recorded.",
                fr: "Une décision est datée d’après son enregistrement."
            )
        ),
        .init(
            code: "R304",
            meaning: Message(
                en: "A ruling's number is cited again with another date.",
                fr: "Le numéro d’une décision est cité de nouveau avec une autre date."
            )
        ),
        .init(
            code: "R305",
            meaning: Message(
                en: "A ruling's number rules twice on the same thing.",
                fr: "Le numéro d’une décision statue deux fois sur le même point."
            )
        ),
        .init(
            code: "R306",
            meaning: Message(
                en: "A court's corrected sheet: voters ≠ invalid + valid.",
                fr: "Procès-verbal rectifié par la Cour : votants ≠ nuls + exprimés."
            )
        ),
        .init(
            code: "R307",
            meaning: Message(
                en: "A court's corrected sheet: the lists' votes overflow.",
                fr: "Procès-verbal rectifié par la Cour : les voix des listes débordent."
            )
        ),
        .init(
            code: "R308",
            meaning: Message(
                en: "A court's corrected sheet: the lists' votes are not the valid votes.",
                fr: "Procès-verbal rectifié par la Cour : les voix des listes ne sont pas les suffrages exprimés."
            )
        ),
        .init(
            code: "R309",
            meaning: Message(
                en: "A ruling annuls a sheet that is not accepted.",
                fr: "Une décision annule un procès-verbal non accepté."
            )
        ),
        .init(
            code: "R310",
            meaning: Message(
                en: "A runoff named after the last round.",
                fr: "Un second tour nommé après le dernier tour."
            )
        ),
        .init(
            code: "R311",
            meaning: Message(
                en: "A runoff pair that is not two different lists.",
                fr: "Une paire de second tour qui n’est pas deux listes différentes."
            )
        ),
        .init(
            code: "R312",
            meaning: Message(
                en: "A draw where too few lists remain (the court rules instead).",
                fr: "Un tirage là où il reste trop peu de listes (la Cour statue)."
            )
        ),
        .init(
            code: "R313",
            meaning: Message(
                en: "A draw where there is no tie that it settles.",
                fr: "Un tirage sans égalité qu’il départage."
            )
        ),
        .init(
            code: "R314",
            meaning: Message(
                en: "A list proclaimed in a runoff it was not in.",
                fr: "Une liste proclamée à un second tour où elle n’était pas."
            )
        ),
        .init(
            code: "R401",
            meaning: Message(
                en: "A round's results published before the earlier round's.",
                fr: "Les résultats d’un tour publiés avant ceux du tour précédent."
            )
        ),
        .init(
            code: "R402",
            meaning: Message(
                en: "Provisional results after the final ones.",
                fr: "Des résultats provisoires après les définitifs."
            )
        ),
        .init(
            code: "R403",
            meaning: Message(
                en: "Final results before any provisional ones.",
                fr: "Des résultats définitifs avant tout résultat provisoire."
            )
        ),
        .init(
            code: "R404",
            meaning: Message(
                en: "Final results proclaimed a second time.",
                fr: "Des résultats définitifs proclamés une seconde fois."
            )
        ),
        .init(
            code: "R405",
            meaning: Message(
                en: "Declared results in a record of tally sheets.",
                fr: "Des résultats déclarés dans un registre de procès-verbaux."
            )
        ),
        .init(
            code: "R406",
            meaning: Message(
                en: "A declared runoff of more than two lists.",
                fr: "Un second tour déclaré de plus de deux listes."
            )
        ),
        .init(
            code: "R501",
            meaning: Message(
                en: "A stored file cannot be read.",
                fr: "Un fichier conservé ne peut pas être lu."
            )
        ),
        .init(
            code: "R502",
            meaning: Message(
                en: "A stored file was changed outside the program.",
                fr: "Un fichier conservé a été modifié hors du programme."
            )
        ),
        .init(
            code: "R503",
            meaning: Message(
                en: "A stored file is missing or truncated.",
                fr: "Un fichier conservé manque ou est tronqué."
            )
        ),
        .init(
            code: "R504",
            meaning: Message(
                en: "A checkpoint does not fit the journal (it is not used).",
                fr: "Un point de reprise ne correspond pas au journal (il n’est pas utilisé)."
            )
        ),
    ]

    private static let byCode: [RefusalCode: RefusalDefinition] = Dictionary(
        all.map { ($0.code, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// The definition of a code, or nil for a code the catalogue does not have.
    public static func definition(of code: RefusalCode) -> RefusalDefinition? { byCode[code] }
}
