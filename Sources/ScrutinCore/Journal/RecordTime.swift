/// Times in the journal: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`, in UTC.
///
/// A date alone stands for the start of its day (`00:00:00Z`) when times are put in order, and
/// for the whole day when it is the moment of an `--as-of`.
public enum RecordTime {
    /// Whether a text is a real calendar date, with a real time of day when it has one.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count == 20 else { return false }
        let digits: [Int] =
            bytes.count == 10 ? [0, 1, 2, 3, 5, 6, 8, 9] : [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        for index in digits where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { return false }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
        let year = number(0...3)
        let month = number(5...6)
        let day = number(8...9)
        guard year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return false
        }
        if bytes.count == 20 {
            guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                bytes[19] == UInt8(ascii: "Z")
            else { return false }
            guard number(11...12) < 24, number(14...15) < 60, number(17...18) < 60 else { return false }
        }
        return true
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of days from 1970-01-01 to a date (`YYYY-MM-DD`, or the date of a time), in
    /// the proleptic Gregorian calendar; nil when it is not a real date.
    static func dayNumber(_ text: String) -> Int? {
        let date = String(text.prefix(10))
        guard isValid(date) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Howard Hinnant's days_from_civil.
        let year = parts[0] - (parts[1] <= 2 ? 1 : 0)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The time with a date alone as the start of its day, so that times compare as texts.
    static func full(_ time: String) -> String { time.utf8.count == 10 ? time + "T00:00:00Z" : time }

    /// Whether `a` is strictly before `b` (a date alone is the start of its day).
    public static func isBefore(_ a: String, _ b: String) -> Bool { full(a) < full(b) }

    /// Whether an event at `time` is at or before `moment`; a date alone as the moment takes
    /// its whole day.
    public static func isAtOrBefore(_ time: String, _ moment: String) -> Bool {
        if moment.utf8.count == 10 { return String(time.prefix(10)) <= moment }
        return full(time) <= moment
    }
}
