/// Who published a figure: the Ministry's provisional count or the Court's final one.
public enum Stage: String, Sendable, Hashable, Codable {
    case provisional
    case final
}
