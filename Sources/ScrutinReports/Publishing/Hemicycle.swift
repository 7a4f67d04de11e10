public import ScrutinCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parliament diagram: the seats as dots in half-rings, coloured by party.
///
/// A legend and the majority line go with it. Pure: a book in, an SVG document out.
///
/// ## Geometry
///
/// The diagram is a half disc of outer radius `R` = 170 around the centre (180, 185) of a
/// 360-wide drawing. Seats fill the ring between `0.4 R` and `R`:
///
/// 1. **Rows.** For `k` rows, row `i` (from the inside, 0-based) has radius
///    `ρᵢ = 0.4 R + (i + ½)·w` with row width `w = 0.6 R / k`, and room for
///    `⌊π ρᵢ / w⌋ + 1` seats one row width apart along its half circle. The diagram takes the
///    smallest `k` whose rows hold every seat.
/// 2. **Seats per row.** The seats are shared among the rows in proportion to their radii
///    (largest remainders, never above a row's room), so dots are as far apart on the inner rows
///    as on the outer ones.
/// 3. **Positions.** Row `i`'s `nᵢ` seats sit at angles `π·(1 − j/(nᵢ − 1))`, `j = 0…nᵢ−1`,
///    from the left end to the right end (one seat alone sits at the top).
/// 4. **Parties.** Every seat is sorted by angle, left to right (outer row first at equal
///    angles), and the parties take consecutive seats in the order of the seat table (largest
///    first, independents and others last): each party is a wedge. Seats not yet filled come
///    last, drawn as empty circles.
/// 5. **Majority.** A dashed line runs up the middle, from the centre through the top: a party
///    whose wedge crosses it holds more than half the seats.
///
/// Dot radius is `0.38 w`, at most 10. Coordinates are rounded to 0.01, so the same book always gives the
/// same bytes.
public enum Hemicycle {
    /// One seat: where it is and whose it is (nil: not filled yet).
    public struct Seat: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var angle: Double
        public var row: Int
        public var party: String?
    }

    static let outerRadius = 170.0
    static let innerFraction = 0.4
    static let centreX = 180.0
    static let centreY = 185.0

    /// The number of seats each row holds, inside first.
    public static func rows(for seats: Int) -> [Int] {
        guard seats > 0 else { return [] }
        let band = outerRadius * (1 - innerFraction)
        var count = 1
        while true {
            let width = band / Double(count)
            let radii = (0..<count).map { outerRadius * innerFraction + (Double($0) + 0.5) * width }
            let room = radii.map { Int((Double.pi * $0 / width).rounded(.down)) + 1 }
            if room.reduce(0, +) >= seats {
                return share(seats, weights: radii, caps: room)
            }
            count += 1
        }
    }

    /// Shares `total` in proportion to `weights` by largest remainders, each part at most its cap.
    static func share(_ total: Int, weights: [Double], caps: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        var parts = weights.enumerated().map { index, weight in
            min(caps[index], Int((Double(total) * weight / sum).rounded(.down)))
        }
        var remainders = weights.enumerated().map { index, weight in
            (index, Double(total) * weight / sum - Double(parts[index]))
        }
        remainders.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 > $1.0 }
        var left = total - parts.reduce(0, +)
        while left > 0 {
            var placed = false
            for (index, _) in remainders where left > 0 && parts[index] < caps[index] {
                parts[index] += 1
                left -= 1
                placed = true
            }
            if !placed { break }
        }
        return parts
    }

    /// Every seat, placed and given to a party, left to right.
    public static func seats(_ book: ResultsBook) -> [Seat] {
        let rows = rows(for: book.seats)
        let band = outerRadius * (1 - innerFraction)
        let width = band / Double(max(1, rows.count))
        var seats: [Seat] = []
        for (row, count) in rows.enumerated() {
            let radius = outerRadius * innerFraction + (Double(row) + 0.5) * width
            for index in 0..<count {
                let angle = count == 1 ? Double.pi / 2 : Double.pi * (1 - Double(index) / Double(count - 1))
                seats.append(
                    Seat(
                        x: rounded(centreX + radius * cos(angle)),
                        y: rounded(centreY - radius * sin(angle)),
                        angle: angle,
                        row: row,
                        party: nil
                    )
                )
            }
        }
        seats.sort { abs($0.angle - $1.angle) > 1e-9 ? $0.angle > $1.angle : $0.row > $1.row }
        var next = 0
        for party in book.seatedParties {
            for _ in 0..<party.total where next < seats.count {
                seats[next].party = party.code
                next += 1
            }
        }
        return seats
    }

    /// The diagram as a standalone SVG document, with its legend (in the language given) unless
    /// `legend` is false (the HTML report shows the party table beside it instead).
    public static func svg(_ book: ResultsBook, language: Language, legend: Bool = true) -> String {
        let format = Format(language)
        let seats = seats(book)
        let rows = rows(for: book.seats)
        // A few seats would make huge dots: no dot is wider than 20.
        let dot = rounded(min(10, outerRadius * (1 - innerFraction) / Double(max(1, rows.count)) * 0.38))
        let colours = Dictionary(book.parties.map { ($0.code, $0.colour) }, uniquingKeysWith: { first, _ in first })
        let legendRows = legend ? book.seatedParties.count + (book.seatsFilled < book.seats ? 1 : 0) : 0
        let height = 214 + legendRows * 18 + (legend ? 14 : 0)
        let title = PublishingText.hemicycleTitle(name: book.name, frenchName: book.title(.french), seats: book.seats)(
            language
        )
        var svg = SVG(width: 360, height: height, title: title)
        svg.raw("<g class=\"seats\">")
        for seat in seats {
            if let party = seat.party {
                svg.element(
                    "circle",
                    ["cx": num(seat.x), "cy": num(seat.y), "r": num(dot), "fill": colours[party] ?? "#000000"],
                    title: party
                )
            } else {
                svg.element(
                    "circle",
                    [
                        "cx": num(seat.x), "cy": num(seat.y), "r": num(dot - 0.6), "fill": "none", "stroke": "#888888",
                        "stroke-width": "1.2",
                    ]
                )
            }
        }
        svg.raw("</g>")
        // The majority line and its label.
        svg.element(
            "line",
            [
                "x1": num(centreX), "y1": num(centreY), "x2": num(centreX), "y2": "6", "stroke": "#222222",
                "stroke-width": "1.2", "stroke-dasharray": "4 3",
            ]
        )
        let majorityText = PublishingText.majoritySeats(book.majority)(language)
        svg.text(majorityText, x: centreX, y: centreY + 20, anchor: "middle", size: 11, weight: "bold")
        guard legend else { return svg.document }
        // Legend: names cut to fit beside the seat count.
        var y = 226.0
        for party in book.seatedParties {
            svg.element("rect", ["x": "14", "y": num(y - 10), "width": "12", "height": "12", "fill": party.colour])
            let label = "\(party.code) — \(party.displayName(language))"
            svg.text(label.count > 48 ? String(label.prefix(47)) + "…" : label, x: 32, y: y, anchor: "start", size: 11)
            svg.text(format.number(party.total), x: 350, y: y, anchor: "end", size: 11, weight: "bold")
            y += 18
        }
        if book.seatsFilled < book.seats {
            svg.element(
                "circle",
                ["cx": "26", "cy": num(y - 4), "r": "5.5", "fill": "none", "stroke": "#888888", "stroke-width": "1.2"]
            )
            svg.text(PublishingText.notYetDecided(language), x: 40, y: y, anchor: "start", size: 11)
            svg.text(
                format.number(book.seats - book.seatsFilled),
                x: 350,
                y: y,
                anchor: "end",
                size: 11,
                weight: "bold"
            )
        }
        return svg.document
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func num(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }
}

/// A small SVG writer: elements with escaped attributes and text.
struct SVG {
    private(set) var body = ""
    let width: Int
    let height: Int
    let title: String

    init(width: Int, height: Int, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    mutating func raw(_ text: String) { body += text + "\n" }

    mutating func element(_ name: String, _ attributes: [String: String], title: String? = nil) {
        let text = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(SVG.escape($0.value))\"" }.joined()
        if let title {
            body += "<\(name)\(text)><title>\(SVG.escape(title))</title></\(name)>\n"
        } else {
            body += "<\(name)\(text)/>\n"
        }
    }

    mutating func text(
        _ content: String,
        x: Double,
        y: Double,
        anchor: String,
        size: Int,
        weight: String? = nil,
        fill: String = "#222222"
    ) {
        var attributes = [
            "x": Hemicycle.num(x), "y": Hemicycle.num(y), "text-anchor": anchor, "font-size": String(size),
            "fill": fill,
        ]
        if let weight { attributes["font-weight"] = weight }
        let text = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(SVG.escape($0.value))\"" }.joined()
        body += "<text\(text)>\(SVG.escape(content))</text>\n"
    }

    /// The whole document: an `img` role with the title for screen readers.
    var document: String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" "
            + "height=\"\(height)\" role=\"img\" aria-label=\"\(SVG.escape(title))\" "
            + "font-family=\"Helvetica, Arial, sans-serif\">\n<title>\(SVG.escape(title))</title>\n" + body + "</svg>\n"
    }

    /// Escapes text for XML (and for HTML).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20 && scalar.value != 0x0A && scalar.value != 0x09
                {
                    result += " "
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }
}
