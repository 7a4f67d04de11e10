/// The double entry of one station's tally sheet for one round, as a state machine.
///
/// As in mature tally centres (Kiesraad's Abacus, UNDP's Tally-Ho), each sheet is keyed twice, by
/// two different clerks. Two equal entries accept the sheet. Two different ones wait for a
/// supervisor, who keeps one or sends the sheet back to be keyed again. A trusted transmission
/// (a bulk import) is accepted at once, and says so.
///
/// ```
///            enter (clerk A)            enter (clerk B ≠ A), equal
///   empty ─────────────────▶ keyedOnce ──────────────────────────▶ accepted(doubleEntry)
///     ▲  ╲                      │  enter (clerk B ≠ A), different
///     │   ╲ importTrusted       ▼
///     │    ╲──────────▶ accepted(trusted)     different ── keep(first|second) ──▶ accepted(supervisor)
///     │                                           │
///     └──────────────── sendBack (supervisor) ────┘   (also from keyedOnce: discard the entry)
/// ```
///
/// `transition(_:by:)` returns the next state or the reason the action is refused; it never
/// changes a state it refuses. docs/double-entry.md has the same diagram with every pair.
public enum DataEntryState: Sendable, Hashable, Codable {
    /// Nothing keyed yet.
    case empty
    /// Keyed once; waiting for a second clerk.
    case keyedOnce(SheetEntry, clerk: String)
    /// Keyed twice, differently; waiting for a supervisor.
    case different(first: SheetEntry, firstClerk: String, second: SheetEntry, secondClerk: String)
    /// The sheet that counts.
    case accepted(SheetEntry, how: Acceptance)

    /// How a sheet was accepted.
    public enum Acceptance: Sendable, Hashable, Codable {
        /// Two clerks keyed the same figures.
        case doubleEntry(first: String, second: String)
        /// A supervisor kept one of two different entries.
        case supervisor(String, kept: String)
        /// A trusted transmission, imported without double entry.
        case trusted(source: String)
    }

    /// What an actor does to a sheet.
    public enum Action: Sendable, Hashable, Codable {
        case enter(SheetEntry)
        /// Keep the first or the second of two different entries.
        case keep(Choice)
        /// Discard what was keyed; the sheet is keyed again from the start.
        case sendBack
        case importTrusted(SheetEntry, source: String)
    }

    public enum Choice: String, Sendable, Hashable, Codable {
        case first
        case second
    }

    /// Why an action is refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// The role may not take this action.
        case roleMayNot(Role, Action.Kind)
        /// The second entry must come from another clerk (the four-eyes rule).
        case sameClerk(String)
        /// A supervisor may not settle a sheet they keyed.
        case ownEntry(String)
        /// The sheet is already accepted; only a ruling can change it now.
        case alreadyAccepted
        /// A clerk has keyed the sheet: a trusted import would pass over that entry.
        case alreadyKeyed
        /// Two different entries wait for a supervisor.
        case awaitingSupervisor
        /// Nothing to settle: the action needs two different entries.
        case nothingToSettle
        /// The entry is for another station than the sheet.
        case otherStation(expected: String, found: String)
    }

    /// The current sheet, when accepted.
    public var accepted: SheetEntry? {
        if case .accepted(let entry, _) = self { return entry }
        return nil
    }

    /// The next state after an action, or the reason it is refused.
    public func transition(_ action: Action, by actor: Actor) -> Result<DataEntryState, Refusal> {
        guard Role.allowed(action.kind).contains(actor.role) else {
            return .failure(.roleMayNot(actor.role, action.kind))
        }
        switch (self, action) {
        case (.empty, .enter(let entry)):
            return .success(.keyedOnce(entry, clerk: actor.name))
        case (.keyedOnce(let first, let clerk), .enter(let second)):
            guard !Actor.same(clerk, actor.name) else { return .failure(.sameClerk(actor.name)) }
            guard first.station == second.station else {
                return .failure(.otherStation(expected: first.station, found: second.station))
            }
            if first == second {
                return .success(.accepted(first, how: .doubleEntry(first: clerk, second: actor.name)))
            }
            return .success(.different(first: first, firstClerk: clerk, second: second, secondClerk: actor.name))
        case (.different, .enter):
            return .failure(.awaitingSupervisor)
        case (.accepted, .enter), (.accepted, .importTrusted), (.accepted, .sendBack), (.accepted, .keep):
            return .failure(.alreadyAccepted)
        // (A `where` clause covers only the last pattern of a case: one case per action.)
        case (.different(_, let firstClerk, _, let secondClerk), .keep)
        where Actor.same(firstClerk, actor.name) || Actor.same(secondClerk, actor.name):
            return .failure(.ownEntry(actor.name))
        case (.different(_, let firstClerk, _, let secondClerk), .sendBack)
        where Actor.same(firstClerk, actor.name) || Actor.same(secondClerk, actor.name):
            return .failure(.ownEntry(actor.name))
        case (.keyedOnce(_, let clerk), .sendBack) where Actor.same(clerk, actor.name):
            return .failure(.ownEntry(actor.name))
        case (.different(let first, _, let second, _), .keep(let choice)):
            return .success(
                .accepted(choice == .first ? first : second, how: .supervisor(actor.name, kept: choice.rawValue))
            )
        case (.empty, .keep), (.keyedOnce, .keep):
            return .failure(.nothingToSettle)
        case (.keyedOnce, .sendBack), (.different, .sendBack):
            return .success(.empty)
        case (.empty, .sendBack):
            return .failure(.nothingToSettle)
        case (.empty, .importTrusted(let entry, let source)):
            return .success(.accepted(entry, how: .trusted(source: source)))
        case (.keyedOnce, .importTrusted):
            return .failure(.alreadyKeyed)
        case (.different, .importTrusted):
            return .failure(.awaitingSupervisor)
        }
    }
}

extension DataEntryState.Action {
    /// The kind of an action, for permissions and messages.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case enter
        case keep
        case sendBack = "send-back"
        case importTrusted = "import-trusted"
    }

    public var kind: Kind {
        switch self {
        case .enter: .enter
        case .keep: .keep
        case .sendBack: .sendBack
        case .importTrusted: .importTrusted
        }
    }
}

extension Role {
    /// The roles allowed to take an action on a sheet.
    public static func allowed(_ kind: DataEntryState.Action.Kind) -> Set<Role> {
        switch kind {
        case .enter: [.clerk]
        case .keep, .sendBack: [.supervisor]
        case .importTrusted: [.administrator]
        }
    }
}
