import Foundation
import ShipwatchCore

/// The JSON documents of `findings.evidence` and `findings.detail`, written directly: evaluation encodes two
/// per firing rule, hundreds of thousands per run, and a generic encoder spends most of its time on machinery.
/// The output is what `JSONEncoder` with sorted keys and ISO 8601 dates writes (instants to the second), so
/// `JSONDecoder` reads it back into `[FindingEvidence]` and `FindingDetail`.
enum FindingJSON {
    static func evidence(_ evidence: [FindingEvidence]) -> String {
        var json = "["
        for (index, item) in evidence.enumerated() {
            if index > 0 { json += "," }
            var object = ObjectWriter()
            object.string("event_key", item.eventKey)
            object.string("milestone", item.milestone?.rawValue)
            object.string("note", item.note)
            object.string("occurred_at", InstantText.iso8601(item.occurredAt))
            json += object.finish()
        }
        return json + "]"
    }

    static func detail(_ detail: FindingDetail) -> String {
        var object = ObjectWriter()
        object.raw("business_days_elapsed", detail.businessDaysElapsed.map { String($0) })
        object.raw("carrier_declared_delay", String(detail.carrierDeclaredDelay))
        object.raw("duration_days", JSONLiteral.number(detail.durationDays))
        object.raw("international_hand_off", String(detail.internationalHandOff))
        object.string("last_event_at", detail.lastEventAt.map(InstantText.iso8601))
        object.string("last_location", detail.lastLocation)
        object.string("measured_since", InstantText.iso8601(detail.measuredSince))
        object.string("summary", detail.summary)
        return object.finish()
    }

    /// Members in the order written (callers write them sorted); a nil value leaves the member out, as
    /// `JSONEncoder` does for optionals.
    private struct ObjectWriter {
        private var json = "{"
        private var empty = true

        mutating func string(_ key: String, _ value: String?) {
            raw(key, value.map { JSONLiteral.quoted($0) })
        }

        mutating func raw(_ key: String, _ value: String?) {
            guard let value else { return }
            if !empty { json += "," }
            json += "\"\(key)\":" + value
            empty = false
        }

        func finish() -> String { json + "}" }
    }
}
