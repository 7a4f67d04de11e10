public import ScrutinCore

/// A sheet's double-entry state, as a clerk or a supervisor reads it.
public enum DataEntryText {
    public static func describe(_ state: DataEntryState, station: String, round: Int, language: Language) -> String {
        RecordText.sheetState(station: station, round: round, state)(language)
    }
}
