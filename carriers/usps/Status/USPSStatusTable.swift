import Foundation
import ShipwatchCore

/// USPS scan codes and international wordings mapped onto Shipwatch milestones.
///
/// USPS scans are keyed on `eventCode` (domestic codes, Pub 199 App. G-4, including the partner codes
/// 80–82 and the return-to-sender reasons 21–31). International legs use codes that are not documented
/// (App. G-5), so their `eventType` wording decides: a customs wording overrides an unknown code or a
/// generic movement code (accepted / facility / in transit), and any known wording decides for an
/// unknown code. A scan neither side knows maps to `unknown` and is reported as unmapped.
public enum USPSStatusTable {
    /// Every known `eventCode`, one entry per code.
    public static let codeEntries: [USPSStatusEntry] = [
        // Before USPS has the item
        .init(code: "GX", meaning: "Shipping label created, USPS awaiting item", milestone: .labelCreated, evidence: .recorded),
        .init(code: "MA", meaning: "Pre-shipment information sent to USPS (manifest acknowledged), USPS awaiting item", milestone: .labelCreated, evidence: .recorded),
        .init(code: "89", meaning: "Merchant order receipt notification, USPS awaiting item", milestone: .labelCreated, evidence: .thirdParty),
        .init(code: "NP", meaning: "Origin post is preparing the shipment (inbound international)", milestone: .labelCreated, evidence: .recorded),
        // Shipping partner legs (consolidators) before induction
        .init(code: "80", meaning: "Picked up by shipping partner, USPS awaiting item", milestone: .accepted, evidence: .recorded),
        .init(code: "81", meaning: "Arrived at shipping partner facility, USPS awaiting item", milestone: .sortArrived, evidence: .recorded),
        .init(code: "82", meaning: "Departed shipping partner facility, USPS awaiting item", milestone: .sortDeparted, evidence: .recorded),
        .init(code: "83", meaning: "Tendered to the postal service by the shipping partner", milestone: .accepted, evidence: .thirdParty),
        // Acceptance
        .init(code: "03", meaning: "Accepted or picked up; USPS in possession of item", milestone: .accepted, evidence: .recorded),
        .init(code: "OA", meaning: "Accepted at USPS origin facility", milestone: .accepted, evidence: .recorded),
        .init(code: "TM", meaning: "Shipment received, package acceptance pending (truck manifest)", milestone: .accepted, evidence: .codeTable),
        .init(code: "PA", meaning: "Passive acceptance", milestone: .accepted, evidence: .codeTable),
        .init(code: "UA", meaning: "Accepted at USPS facility", milestone: .accepted, evidence: .thirdParty),
        // Facilities
        .init(code: "AD", meaning: "Accepted at USPS destination facility", milestone: .sortArrived, evidence: .recorded),
        .init(code: "10", meaning: "Arrived at / processed at USPS facility", milestone: .sortArrived, evidence: .recorded),
        .init(code: "A1", meaning: "Arrived at USPS regional facility", milestone: .sortArrived, evidence: .recorded),
        .init(code: "19", meaning: "Arrived at destination processing center (eVS)", milestone: .sortArrived, evidence: .codeTable),
        .init(code: "41", meaning: "Received at opening unit", milestone: .sortArrived, evidence: .codeTable),
        .init(code: "07", meaning: "Arrived at post office (delivery unit)", milestone: .sortArrived, evidence: .recorded),
        .init(code: "PC", meaning: "Sorting / processing complete", milestone: .sortProcessed, evidence: .recorded),
        .init(code: "EF", meaning: "Departed USPS facility", milestone: .sortDeparted, evidence: .recorded),
        .init(code: "T1", meaning: "Departed USPS regional facility", milestone: .sortDeparted, evidence: .recorded),
        .init(code: "SF", meaning: "Departed post office", milestone: .sortDeparted, evidence: .recorded),
        // Between facilities
        .init(code: "TL", meaning: "In transit to next facility", milestone: .inTransit, evidence: .recorded),
        .init(code: "06", meaning: "Forwarded", milestone: .inTransit, evidence: .codeTable),
        .init(code: "42", meaning: "Handed off by USPS to a shipping partner", milestone: .inTransit, evidence: .codeTable),
        // Last mile
        .init(code: "OF", meaning: "Out for delivery", milestone: .outForDelivery, evidence: .recorded),
        .init(code: "01", meaning: "Delivered (front door, mailbox, parcel locker…)", milestone: .delivered, evidence: .recorded),
        .init(code: "17", meaning: "Picked up by agent", milestone: .delivered, evidence: .codeTable),
        .init(code: "43", meaning: "Picked up by addressee", milestone: .delivered, evidence: .inferred),
        .init(code: "02", meaning: "Delivery attempted, notice left", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "52", meaning: "Notice left", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "53", meaning: "Delivery attempted, receptacle blocked", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "54", meaning: "Delivery attempted, receptacle full or item oversized", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "55", meaning: "Delivery attempted, no secure location available", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "56", meaning: "Delivery attempted, no authorized recipient available", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "30", meaning: "Delivery attempted, no access to delivery location", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "51", meaning: "Delivery attempted, business closed", milestone: .deliveryAttempted, evidence: .codeTable),
        .init(code: "14", meaning: "Arrived at pickup point", milestone: .availableForPickup, evidence: .codeTable),
        .init(code: "16", meaning: "Available for pickup", milestone: .availableForPickup, evidence: .codeTable),
        // Problems
        .init(code: "71", meaning: "Rescheduled to next delivery day", milestone: .delayed, evidence: .codeTable),
        .init(code: "04", meaning: "Refused by addressee (a return usually follows)", milestone: .exception, evidence: .codeTable),
        .init(code: "05", meaning: "Undeliverable as addressed", milestone: .exception, evidence: .codeTable),
        .init(code: "08", meaning: "Missent", milestone: .exception, evidence: .codeTable),
        .init(code: "15", meaning: "Mis-shipped", milestone: .exception, evidence: .codeTable),
        .init(code: "11", meaning: "Dead letter (undeliverable and unreturnable)", milestone: .exception, evidence: .codeTable),
        .init(code: "DX", meaning: "Delivery status not updated", milestone: .exception, evidence: .codeTable),
        // Returns
        .init(code: "09", meaning: "Return to sender", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "44", meaning: "Customer recall", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "21", meaning: "Return to sender: no such number", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "22", meaning: "Return to sender: insufficient address", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "23", meaning: "Return to sender: moved, left no address", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "24", meaning: "Return to sender: forwarding order expired", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "25", meaning: "Return to sender: addressee unknown", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "26", meaning: "Return to sender: vacant", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "27", meaning: "Return to sender: unclaimed", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "28", meaning: "Return to sender: deceased", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "29", meaning: "Return to sender: other reason", milestone: .returnToSender, evidence: .codeTable),
        .init(code: "31", meaning: "Return to sender: not picked up", milestone: .returnToSender, evidence: .codeTable),
    ]

    /// International and customs wordings (the codes USPS sends with them are undocumented).
    public static let wordingEntries: [USPSWordingEntry] = [
        .init(phrase: "Origin Post is Preparing Shipment", milestone: .labelCreated, meaning: "The foreign post has the shipment data and is preparing it"),
        .init(phrase: "Processed Through Facility", milestone: .sortProcessed, meaning: "Processed in a foreign post's facility or a USPS International Service Center"),
        .init(phrase: "Arrived", milestone: .sortArrived, meaning: "Arrived at an international facility"),
        .init(phrase: "Arrived at Hub", milestone: .sortArrived, meaning: "Arrived at an international hub"),
        .init(phrase: "Arrived at Facility", milestone: .sortArrived, meaning: "Arrived at an international facility"),
        .init(phrase: "Departed", milestone: .sortDeparted, meaning: "Departed an international facility"),
        .init(phrase: "Dispatched from USPS International Service Center", milestone: .customsExport, meaning: "Left the US through an International Service Center (export dispatch)"),
        .init(phrase: "Depart from Transit Office of Exchange", milestone: .customsExport, meaning: "Left the origin country's office of exchange"),
        .init(phrase: "Inbound Into Customs", milestone: .customsInProgress, meaning: "Presented to import customs"),
        .init(phrase: "Customs Clearance", milestone: .customsInProgress, meaning: "Being cleared by customs"),
        .init(phrase: "Held in Customs", milestone: .customsHeld, meaning: "Held by customs (inspection, documents, duties)"),
        .init(phrase: "Customs Clearance Processing Complete", milestone: .customsReleased, meaning: "Customs clearance finished"),
        .init(phrase: "Inbound Out of Customs", milestone: .customsReleased, meaning: "Released by import customs"),
        .init(phrase: "Released from US Customs", milestone: .customsReleased, meaning: "Released by US customs"),
        .init(phrase: "Attempted Delivery Abroad", milestone: .deliveryAttempted, meaning: "The destination post attempted delivery"),
    ]

    private static let entriesByCode: [String: USPSStatusEntry] = {
        var table: [String: USPSStatusEntry] = [:]
        for entry in codeEntries { table[entry.code] = entry }
        return table
    }()

    /// Longest phrase first, so "Customs Clearance Processing Complete" wins over "Customs Clearance".
    private static let wordingByLength: [USPSWordingEntry] = wordingEntries.sorted { $0.key.count > $1.key.count }

    /// The entry for an `eventCode` (trimmed, case-insensitive); `nil` when unknown.
    public static func entry(forCode code: String?) -> USPSStatusEntry? {
        guard let code else { return nil }
        return entriesByCode[code.trimmingSpaces().uppercased()]
    }

    /// The wording entry an `eventType` text starts with (longest phrase wins); `nil` when none.
    public static func wordingEntry(for eventType: String?) -> USPSWordingEntry? {
        guard let eventType else { return nil }
        let text = TextNormalization.key(eventType)
        guard !text.isEmpty else { return nil }
        return wordingByLength.first { $0.matches(normalizedText: text) }
    }

    /// The milestone for one scan: customs wording over a generic or unknown code, else the code,
    /// else any known wording, else `unknown`.
    public static func resolve(eventCode: String?, eventType: String?) -> USPSStatusResolution {
        let codeEntry = entry(forCode: eventCode)
        let wording = wordingEntry(for: eventType)
        if let wording, wording.milestone.isCustoms, codeEntry?.yieldsToCustomsWording ?? true {
            return USPSStatusResolution(milestone: wording.milestone, source: .wording(wording))
        }
        if let codeEntry {
            return USPSStatusResolution(milestone: codeEntry.milestone, source: .eventCode(codeEntry))
        }
        if let wording {
            return USPSStatusResolution(milestone: wording.milestone, source: .wording(wording))
        }
        return USPSStatusResolution(milestone: .unknown, source: .unmapped)
    }
}
