import Foundation
import ShipwatchCore

/// The overview's charts as geometry for the `ops-overview` template's inline SVG (no script; each chart also
/// has a text summary and a data table).
enum OpsCharts {
    /// Distinguishable colours with at least 4.5:1 contrast on white.
    static let palette = ["#1b5e9e", "#b45309", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#4b5563", "#be185d"]

    static let width = 640.0
    static let height = 200.0
    static let left = 36.0
    static let bottom = 24.0

    /// Findings opened per day over `days` days ending `today`, stacked by rule.
    static func openedPerDay(_ counts: [OpsDailyCount], today: CalendarDate, days: Int = 30) -> [String: Any] {
        let firstDay = today.adding(days: -(days - 1))
        let rules = Array(Set(counts.map(\.rule))).sorted()
        var byDay: [Int: [String: Int]] = [:]
        for count in counts where count.day >= firstDay && count.day <= today {
            byDay[count.day.daysSinceEpoch, default: [:]][count.rule, default: 0] += count.count
        }
        let totals = (0..<days).map { offset in byDay[firstDay.adding(days: offset).daysSinceEpoch]?.values.reduce(0, +) ?? 0 }
        let top = niceMaximum(totals.max() ?? 0)
        let slot = (width - left) / Double(days)
        var rects: [[String: Any]] = []
        var rows: [[String: Any]] = []
        for offset in 0..<days {
            let day = firstDay.adding(days: offset)
            var y = height - bottom
            for (index, rule) in rules.enumerated() {
                let count = byDay[day.daysSinceEpoch]?[rule] ?? 0
                guard count > 0 else { continue }
                let barHeight = Double(count) / Double(top) * (height - bottom - 10)
                y -= barHeight
                rects.append([
                    "x": format(left + Double(offset) * slot + 1), "y": format(y), "w": format(max(1, slot - 2)),
                    "h": format(barHeight), "color": palette[index % palette.count], "label": "\(day): \(rule) \(count)",
                ])
            }
            if totals[offset] > 0 {
                rows.append(["day": day.description, "total": totals[offset],
                             "detail": rules.compactMap { rule in (byDay[day.daysSinceEpoch]?[rule]).map { "\(rule) \($0)" } }.joined(separator: ", ")])
            }
        }
        let total = totals.reduce(0, +)
        return [
            "rects": rects, "rows": rows, "hasRows": !rows.isEmpty,
            "legend": rules.enumerated().map { ["label": $1, "color": palette[$0 % palette.count]] as [String: Any] },
            "axis": axis(top: top),
            "xFirst": firstDay.description, "xLast": today.description,
            "summary": "\(total) findings opened from \(firstDay) to \(today); busiest day "
                + (totals.max().map { max in max == 0 ? "none" : "\(firstDay.adding(days: totals.firstIndex(of: max) ?? 0)) with \(max)" } ?? "none") + ".",
        ]
    }

    /// Open findings by days since the shipment's last scan, in buckets.
    static func daysSilent(_ counts: [OpsSilenceCount]) -> [String: Any] {
        let buckets: [(String, (Int?) -> Bool)] = [
            ("0", { $0 == 0 }), ("1", { $0 == 1 }), ("2", { $0 == 2 }), ("3", { $0 == 3 }), ("4–6", { ($0 ?? -1) >= 4 && ($0 ?? -1) <= 6 }),
            ("7–13", { ($0 ?? -1) >= 7 && ($0 ?? -1) <= 13 }), ("14–29", { ($0 ?? -1) >= 14 && ($0 ?? -1) <= 29 }),
            ("30+", { ($0 ?? -1) >= 30 }), ("never", { $0 == nil }),
        ]
        let values = buckets.map { _, matches in counts.filter { matches($0.days) }.reduce(0) { $0 + $1.count } }
        return bars(labels: buckets.map(\.0), values: values, unit: "days since last scan", color: palette[0])
    }

    /// Each carrier's share of delayed parcels, labelled with the carriers' display names from `roster`.
    static func carrierShare(_ counts: [OpsCount], roster: CarrierRoster) -> [String: Any] {
        let total = counts.reduce(0) { $0 + $1.count }
        let rowHeight = 28.0
        var rows: [[String: Any]] = []
        for (index, count) in counts.enumerated() {
            let share = total == 0 ? 0 : Double(count.count) / Double(total)
            let label = roster.displayName(ofID: count.label)
            rows.append([
                "y": format(Double(index) * rowHeight + 4), "textY": format(Double(index) * rowHeight + 21),
                "w": format(max(1, share * 420)), "color": palette[index % palette.count], "label": label,
                "valueX": format(max(1, share * 420) + 96), "count": count.count,
                "percent": String(format: "%.1f", share * 100),
            ])
        }
        return [
            "rows": rows, "hasRows": !rows.isEmpty, "height": format(max(1, Double(rows.count)) * rowHeight + 8),
            "summary": rows.isEmpty ? "No delayed parcels."
                : "\(total) delayed parcels: " + rows.map { "\($0["label"] ?? "") \($0["percent"] ?? "")%" }.joined(separator: ", ") + ".",
        ]
    }

    /// A simple vertical bar chart.
    static func bars(labels: [String], values: [Int], unit: String, color: String) -> [String: Any] {
        let top = niceMaximum(values.max() ?? 0)
        let slot = (width - left) / Double(max(1, labels.count))
        var rects: [[String: Any]] = []
        for (index, label) in labels.enumerated() {
            let barHeight = Double(values[index]) / Double(top) * (height - bottom - 10)
            rects.append([
                "x": format(left + Double(index) * slot + 4), "y": format(height - bottom - barHeight), "w": format(max(1, slot - 8)),
                "h": format(barHeight), "color": color, "label": "\(label) \(unit): \(values[index])", "tick": label,
                "tickX": format(left + Double(index) * slot + slot / 2), "count": values[index],
            ])
        }
        let total = values.reduce(0, +)
        return [
            "rects": rects, "axis": axis(top: top), "tickY": format(height - 6),
            "summary": "\(total) open findings by \(unit): "
                + zip(labels, values).map { "\($0) \($1)" }.joined(separator: ", ") + ".",
        ]
    }

    /// Three gridlines with their values.
    static func axis(top: Int) -> [[String: Any]] {
        [0, top / 2, top].map { value in
            let y = height - bottom - Double(value) / Double(max(1, top)) * (height - bottom - 10)
            return ["y": format(y), "textY": format(y + 4), "value": value, "x2": format(width)]
        }
    }

    /// A round number at least `value` (and at least 1) for the chart's top.
    static func niceMaximum(_ value: Int) -> Int {
        guard value > 4 else { return max(value, 4) }
        var step = 1
        while step * 10 < value { step *= 10 }
        return ((value + step - 1) / step) * step
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
