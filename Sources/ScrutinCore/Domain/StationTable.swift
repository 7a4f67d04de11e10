/// The polling stations of an election, stored column by column.
///
/// A national election has a million stations. Stored as `PollingStation` values they would be
/// three strings each; here the codes live in the `CodeIndex` that looks them up, the names in one
/// byte buffer, and the figures in arrays of 32-bit integers. A `PollingStation` is made only when
/// one is asked for.
public struct StationTable: RandomAccessCollection, Sendable {
    /// Codes, looked up by bytes; a station's id is its code's id.
    let index: CodeIndex
    /// Each station's constituency.
    let constituency: [Int32]
    /// Each station's registered voters, from the register.
    let registered: [Int32]
    /// Every name, one after the other; `nameEnds[i]` is where station `i`'s name ends.
    let names: [UInt8]
    let nameEnds: [Int32]
    /// Constituency codes, by constituency index.
    let constituencyCodes: [String]

    public var startIndex: Int { 0 }
    public var endIndex: Int { constituency.count }

    /// The station at a position, made on demand.
    public subscript(position: Int) -> PollingStation {
        PollingStation(
            code: code(at: position),
            constituency: constituencyCodes[Int(constituency[position])],
            name: name(at: position),
            registered: Int(registered[position])
        )
    }

    /// A station's code.
    func code(at position: Int) -> String { index.code(position) }

    /// A station's name.
    func name(at position: Int) -> String {
        let start = position == 0 ? 0 : Int(nameEnds[position - 1])
        return names.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<Int(nameEnds[position])]), as: UTF8.self)
        }
    }
}
