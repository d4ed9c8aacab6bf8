import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns DHL events into milestones, oldest first, keeping the context some codes need
/// (whether an import customs stage is open, whether the parcel sits in the origin or destination country).
///
/// Precedence: the division code (`status`) through the status table; for a code the table does not hold,
/// or no code, the wording (`DHLDescriptionClassifier`: the description, then text in `status` that is not a
/// code); then the `statusCode` category. An unknown division code is reported as unmapped; it yields `unknown`
/// only when neither its wording nor a decisive category (pre-transit, delivered, failure) tells the stage.
struct DHLMilestoneResolver {
    /// The shipment's division (`service`), used to pick the code list.
    let service: String?
    /// ISO code of the shipment's origin country, when known.
    let originCountry: String?
    /// ISO code of the shipment's destination country, when known.
    let destinationCountry: String?

    private var customsOpen = false
    private var importCleared = false

    init(service: String?, originCountry: String?, destinationCountry: String?) {
        self.service = service
        self.originCountry = originCountry
        self.destinationCountry = destinationCountry
    }

    /// Classifies the next event (call in chronological order); `eventCountry` is the scan's ISO country.
    mutating func classify(_ event: DHLEvent, eventCountry: String?) -> DHLEventClassification {
        var category = Self.nonEmpty(event.statusCode).map { DHLCodeFamily.category.normalized($0) }
        let status = Self.nonEmpty(event.status)
        var code = status.flatMap { Self.isCodeLike($0) ? $0 : nil }
        if let text = code, DHLStatusTable.categoryEntry(text) != nil {
            // Some answers put the category word in `status` ("delivered").
            category = category ?? DHLCodeFamily.category.normalized(text)
            code = nil
        }
        // eCommerce answers often carry their sentence in `status` ("OUT FOR DELIVERY") and no description:
        // text there that is not a code is wording, read after the description.
        let statusWording = Self.wording(inStatus: event.status)
        let wordings = [Self.nonEmpty(event.description), statusWording].compactMap { $0 }
        let text = [event.description, event.remark, statusWording].compactMap { $0 }.joined(separator: " ").uppercased()
        let classification = classify(code: code, category: category, wordings: wordings, text: text, eventCountry: eventCountry)
        track(classification.milestone)
        return classification
    }

    private func classify(code: String?, category: String?, wordings: [String], text: String, eventCountry: String?) -> DHLEventClassification {
        if let code {
            if let entry = DHLStatusTable.lookup(code: code, service: service) {
                return DHLEventClassification(milestone: refine(entry, text: text, eventCountry: eventCountry), carrierCode: code, isUnmapped: false)
            }
            // A code we hold no row for: the wording decides, then a decisive category. The code is still
            // reported as unmapped so ops can add it to the table.
            if let worded = wordedMilestone(wordings, text: text, eventCountry: eventCountry) {
                return DHLEventClassification(milestone: worded, carrierCode: code, isUnmapped: true)
            }
            let decisive = category.flatMap(DHLStatusTable.categoryEntry).map(\.milestone).flatMap { Self.decisiveCategoryMilestones.contains($0) ? $0 : nil }
            return DHLEventClassification(milestone: decisive ?? .unknown, carrierCode: code, isUnmapped: true)
        }
        let keptCode = category ?? ""
        if let worded = wordedMilestone(wordings, text: text, eventCountry: eventCountry) {
            return DHLEventClassification(milestone: worded, carrierCode: keptCode, isUnmapped: false)
        }
        if let category, let entry = DHLStatusTable.categoryEntry(category) {
            return DHLEventClassification(milestone: entry.milestone, carrierCode: category, isUnmapped: false)
        }
        return DHLEventClassification(milestone: .unknown, carrierCode: keptCode, isUnmapped: true)
    }

    /// The milestone of the first wording (description, then `status` text) with a phrase we recognize, or nil.
    private func wordedMilestone(_ wordings: [String], text: String, eventCountry: String?) -> Milestone? {
        for wording in wordings {
            switch DHLDescriptionClassifier.classify(wording) {
            case .expressCode(let inferred)?:
                if let entry = DHLStatusTable.entry(family: .express, code: inferred) {
                    return refine(entry, text: text, eventCountry: eventCountry)
                }
            case .milestone(let milestone)?:
                return milestone
            case nil:
                continue
            }
        }
        return nil
    }

    private func refine(_ entry: DHLStatusEntry, text: String, eventCountry: String?) -> Milestone {
        switch entry.refinement {
        case nil:
            return entry.milestone
        case .customsHoldElseException:
            let speaksOfCustoms = Self.customsWords.anyOccurs(in: text)
            let atImportBeforeClearance = isInternational && eventCountry != nil && eventCountry == destinationCountry && !importCleared
            return speaksOfCustoms || customsOpen || atImportBeforeClearance ? entry.milestone : .exception
        case .exportWhenAtOrigin:
            let atOrigin = isInternational && eventCountry != nil && eventCountry == originCountry
            return Self.export.occurs(in: text) || atOrigin ? .customsExport : entry.milestone
        }
    }

    private mutating func track(_ milestone: Milestone) {
        switch milestone {
        case .customsInProgress, .customsHeld:
            customsOpen = true
        case .customsReleased:
            customsOpen = false
            importCleared = true
        case .customsExport:
            customsOpen = false
        default:
            break
        }
    }

    private var isInternational: Bool {
        guard let originCountry, let destinationCountry else { return false }
        return originCountry != destinationCountry
    }

    /// Categories that settle the stage on their own, even next to a division code we do not know.
    private static let decisiveCategoryMilestones: Set<Milestone> = [.labelCreated, .delivered, .exception]

    /// Words that make an "on hold" a customs hold.
    private static let customsWords = PhraseTable(
        ["CUSTOMS", "CLEARANCE", "DUTY", "DUTIES", "TAX", "IMPORT", "BROKER"].map { ($0, ()) })
    private static let export = Phrase("EXPORT")

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespaceAndNewlines(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// `status` when it holds a sentence ("OUT FOR DELIVERY") rather than a division code; nil otherwise.
    static func wording(inStatus status: String?) -> String? {
        nonEmpty(status).flatMap { isCodeLike($0) ? nil : $0 }
    }

    /// A division code has no spaces and is short; longer text in `status` is wording, not a code.
    private static func isCodeLike(_ value: String) -> Bool {
        value.count <= 40 && !value.contains(where: \.isWhitespace)
    }
}
