/// Who may do what in an election's record.
///
/// Every event of the journal is made by an actor in a role, and each kind of event is allowed to
/// some roles only (`Role.may(_:)`): a clerk keys sheets, a supervisor settles differences, the
/// ministry publishes provisional results, the court rules and proclaims.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sets up the election and imports trusted transmissions.
    case administrator
    /// Keys tally sheets (each sheet twice, by two different clerks).
    case clerk
    /// Settles two different entries of a sheet: keeps one, or sends the sheet back.
    case supervisor
    /// Publishes provisional results (Mali: the Ministry of Territorial Administration).
    case ministry
    /// Validates candidacies, rules on disputes and proclaims final results (Mali: the
    /// Constitutional Court).
    case court

    /// The role's name, for what people read.
    public var label: Message {
        switch self {
        case .administrator: Word.administrator.message
        case .clerk: Word.clerk.message
        case .supervisor: Word.supervisor.message
        case .ministry: Word.ministry.message
        case .court: Word.court.message
        }
    }
}

/// Someone who acts on the record.
public struct Actor: Sendable, Hashable, Codable {
    /// A name or an identifier, as the commission registers it.
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// Whether two names are the same person's: their confusable skeletons are equal (without
    /// regard to case, and with letters that look alike across scripts as one; `Confusables`).
    public static func same(_ a: String, _ b: String) -> Bool { identity(a) == identity(b) }

    /// What identifies the person a name stands for: its confusable skeleton.
    public static func identity(_ name: String) -> String { Confusables.skeleton(name) }
}
