import Foundation
import ShipwatchCore

/// Maps UPS status codes onto Shipwatch milestones.
///
/// The 3-digit `status.statusCode` decides. Generic status codes (005 "On the way", 012/092 "Clearance in
/// progress", 013 "Exception", 083 "Held"…) may be sharpened by the 2-character `status.code`, but only
/// towards the milestones the row allows: the 2-character namespace is shared between UPS tables, and the
/// same `RZ` came with 012 (pending release) and 014 (released) in one shipment, so a hint never overrides
/// a specific status code. Without a status code, `status.type` decides, sharpened the same way.
/// A status code the table does not know yields `.unknown` (the event is kept and reported as unmapped).
public enum UPSStatusTable {
    /// Every row: status codes, activity types, movement-scan codes and exception codes.
    public static let entries: [UPSStatusEntry] = statusCodeEntries + activityTypeEntries + scanCodeEntries + exceptionCodeEntries

    private static let index: [UPSStatusField: [String: UPSStatusEntry]] = {
        var index: [UPSStatusField: [String: UPSStatusEntry]] = [:]
        for entry in entries where index[entry.field]?[entry.code] == nil {
            index[entry.field, default: [:]][entry.code] = entry
        }
        return index
    }()

    /// The row for a code in one field (status codes are zero-padded, others compared upper-case).
    public static func entry(_ field: UPSStatusField, _ code: String) -> UPSStatusEntry? {
        let key: String
        switch field {
        case .statusCode: key = UPSStatus.paddedStatusCode(code) ?? code
        default: key = code.trimmingSpaces().uppercased()
        }
        return index[field]?[key]
    }

    /// Resolves an activity status or a current status.
    public static func resolve(_ status: UPSStatus) -> UPSStatusResolution {
        resolve(statusCode: status.resolvedStatusCode, type: status.activityType, code: status.scanCode)
    }

    /// Resolves the three codes UPS puts on a status; any may be missing.
    public static func resolve(statusCode: String?, type: String?, code: String?) -> UPSStatusResolution {
        let hint = code.flatMap { hintEntry(code: $0, type: type) }
        if let statusCode {
            guard let row = entry(.statusCode, statusCode) else {
                return UPSStatusResolution(milestone: .unknown, entry: nil, hint: nil, code: statusCode)
            }
            return sharpen(row, with: hint)
        }
        if let type, let row = entry(.activityType, type) {
            return sharpen(row, with: hint)
        }
        if let hint {
            return UPSStatusResolution(milestone: hint.milestone, entry: hint, hint: nil, code: hint.code)
        }
        return UPSStatusResolution(milestone: .unknown, entry: nil, hint: nil, code: code ?? type ?? "")
    }

    /// The 2-character row for a code: exception codes first on type X activities, movement scans first otherwise.
    static func hintEntry(code: String, type: String?) -> UPSStatusEntry? {
        if type?.uppercased() == "X" {
            return entry(.exceptionCode, code) ?? entry(.scanCode, code)
        }
        return entry(.scanCode, code) ?? entry(.exceptionCode, code)
    }

    private static func sharpen(_ row: UPSStatusEntry, with hint: UPSStatusEntry?) -> UPSStatusResolution {
        if let hint, row.refinableTo.contains(hint.milestone) {
            return UPSStatusResolution(milestone: hint.milestone, entry: row, hint: hint, code: row.code)
        }
        return UPSStatusResolution(milestone: row.milestone, entry: row, hint: nil, code: row.code)
    }

    /// Builds rows of one field that share a milestone and meaning.
    static func rows(
        _ field: UPSStatusField, _ milestone: Milestone, _ meaning: String,
        refinableTo: Set<Milestone> = [], _ codes: String...
    ) -> [UPSStatusEntry] {
        codes.map { UPSStatusEntry(field: field, code: $0, milestone: milestone, meaning: meaning, refinableTo: refinableTo) }
    }
}
