/// A plain-text table for large reports: left-aligned columns two spaces apart, a header and a rule, built in
/// one buffer (widths in characters).
struct ReportTable {
    private let headers: [String]
    private var rows: [[String]] = []

    init(headers: [String]) {
        self.headers = headers
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = headers.map(\.count)
        var lengths: [[Int]] = []
        lengths.reserveCapacity(rows.count)
        for row in rows {
            let rowLengths = row.map(\.count)
            for (index, length) in rowLengths.enumerated() where index < widths.count {
                widths[index] = max(widths[index], length)
            }
            lengths.append(rowLengths)
        }
        var text = ""
        text.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 2))
        func append(_ cells: [String], _ cellLengths: [Int]) {
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                text += cell
                if index < cells.count - 1, index < widths.count, cellLengths[index] < widths[index] {
                    text += String(repeating: " ", count: widths[index] - cellLengths[index])
                }
            }
            text += "\n"
        }
        append(headers, headers.map(\.count))
        append(widths.map { String(repeating: "-", count: $0) }, widths)
        for (row, rowLengths) in zip(rows, lengths) { append(row, rowLengths) }
        text.removeLast()
        return text
    }
}
