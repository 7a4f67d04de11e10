import ScrutinCore
import Testing

/// Every state against every action of the double-entry state machine, as one table.
struct DataEntryStateTests {
    static let entry = SheetEntry(
        station: "N1-01",
        registered: 500,
        voters: 300,
        invalid: 10,
        valid: 290,
        votes: [.init(list: "LA-N1", votes: 150), .init(list: "LB-N1", votes: 140)]
    )
    static let other = SheetEntry(
        station: "N1-01",
        registered: 500,
        voters: 300,
        invalid: 10,
        valid: 290,
        votes: [.init(list: "LA-N1", votes: 140), .init(list: "LB-N1", votes: 150)]
    )
    static let elsewhere = SheetEntry(
        station: "N1-02",
        registered: 500,
        voters: 300,
        invalid: 10,
        valid: 290,
        votes: []
    )

    static let ada = Actor(name: "ada", role: .clerk)
    static let bob = Actor(name: "bob", role: .clerk)
    static let sue = Actor(name: "sue", role: .supervisor)
    static let admin = Actor(name: "root", role: .administrator)
    static let court = Actor(name: "court", role: .court)

    static let empty = DataEntryState.empty
    static let once = DataEntryState.keyedOnce(entry, clerk: "ada")
    static let different = DataEntryState.different(first: entry, firstClerk: "ada", second: other, secondClerk: "bob")
    static let accepted = DataEntryState.accepted(entry, how: .doubleEntry(first: "ada", second: "bob"))

    typealias Row = (DataEntryState, DataEntryState.Action, Actor, Result<DataEntryState, DataEntryState.Refusal>)

    static let table: [Row] = [
        // empty
        (empty, .enter(entry), ada, .success(once)),
        (empty, .enter(entry), sue, .failure(.roleMayNot(.supervisor, .enter))),
        (empty, .keep(.first), sue, .failure(.nothingToSettle)),
        (empty, .sendBack, sue, .failure(.nothingToSettle)),
        (
            empty, .importTrusted(entry, source: "transmission 7"), admin,
            .success(.accepted(entry, how: .trusted(source: "transmission 7")))
        ),
        (empty, .importTrusted(entry, source: "x"), ada, .failure(.roleMayNot(.clerk, .importTrusted))),
        // keyed once
        (once, .enter(entry), bob, .success(.accepted(entry, how: .doubleEntry(first: "ada", second: "bob")))),
        (once, .enter(other), bob, .success(different)),
        (once, .enter(entry), ada, .failure(.sameClerk("ada"))),
        (once, .enter(entry), Actor(name: "ADA", role: .clerk), .failure(.sameClerk("ADA"))),
        (once, .sendBack, Actor(name: "Ada", role: .supervisor), .failure(.ownEntry("Ada"))),
        (once, .enter(elsewhere), bob, .failure(.otherStation(expected: "N1-01", found: "N1-02"))),
        (once, .keep(.first), sue, .failure(.nothingToSettle)),
        (once, .sendBack, sue, .success(empty)),
        (once, .sendBack, bob, .failure(.roleMayNot(.clerk, .sendBack))),
        (once, .importTrusted(entry, source: "x"), admin, .failure(.alreadyKeyed)),
        // different
        (different, .enter(entry), ada, .failure(.awaitingSupervisor)),
        (different, .keep(.first), sue, .success(.accepted(entry, how: .supervisor("sue", kept: "first")))),
        (different, .keep(.second), sue, .success(.accepted(other, how: .supervisor("sue", kept: "second")))),
        (different, .keep(.first), court, .failure(.roleMayNot(.court, .keep))),
        (different, .sendBack, sue, .success(empty)),
        (different, .keep(.second), Actor(name: "bob", role: .supervisor), .failure(.ownEntry("bob"))),
        (different, .sendBack, Actor(name: "Ada", role: .supervisor), .failure(.ownEntry("Ada"))),
        (different, .importTrusted(entry, source: "x"), admin, .failure(.awaitingSupervisor)),
        // accepted
        (accepted, .enter(entry), ada, .failure(.alreadyAccepted)),
        (accepted, .keep(.first), sue, .failure(.alreadyAccepted)),
        (accepted, .sendBack, sue, .failure(.alreadyAccepted)),
        (accepted, .importTrusted(entry, source: "x"), admin, .failure(.alreadyAccepted)),
    ]

    @Test("Each state and action gives the documented result", arguments: table.indices)
    func transition(_ index: Int) {
        let (state, action, actor, expected) = Self.table[index]
        #expect(state.transition(action, by: actor) == expected, "row \(index)")
    }

    @Test("The table covers every state with every action")
    func coverage() {
        let states: Set<String> = Set(Self.table.map { "\($0.0)".prefix(while: { $0 != "(" }).description })
        #expect(states.count == 4)
        for kind in DataEntryState.Action.Kind.allCases {
            #expect(Self.table.contains { $0.1.kind == kind })
        }
    }

    @Test("Entries are compared whatever the order of their lists")
    func entriesAreNormalized() {
        let reordered = SheetEntry(
            station: "N1-01",
            registered: 500,
            voters: 300,
            invalid: 10,
            valid: 290,
            votes: [.init(list: "LB-N1", votes: 140), .init(list: "LA-N1", votes: 150)]
        )
        #expect(reordered == Self.entry)
        #expect(Self.entry.differences(from: Self.other) == [.list("LA-N1"), .list("LB-N1")])
    }
}
