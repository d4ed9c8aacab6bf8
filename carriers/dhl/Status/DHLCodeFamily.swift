import Foundation
import ShipwatchCore

/// Which DHL code list a code belongs to. The same code can mean different things in two lists
/// (Express "DD" is "delivered damaged", Parcel Germany "DD" is a data-service note), so the status
/// table is keyed on family and code together.
public enum DHLCodeFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// The event and shipment `statusCode` category: pre-transit, transit, delivered, failure, unknown.
    case category
    /// DHL Express event codes in `status` (two letters: PU, AF, OH, CR, OK…).
    case express
    /// DHL Express shipment-level `status` codes (101 delivered … 104 pre-transit).
    case expressShipment = "express-shipment"
    /// DHL eCommerce Americas numeric event codes (service "ecommerce").
    case ecommerce
    /// DHL eCommerce Europe numeric event codes, 1–395 (service "ecommerce-europe"); they overlap the Americas numbers.
    case ecommerceEurope = "ecommerce-europe"
    /// DHL eCommerce Asia-Pacific five-digit event codes (service "ecommerce-apac").
    case ecommerceAsia = "ecommerce-apac"
    /// DHL eCommerce Czech Republic (PPL) numeric event codes (service "ecommerce-ppl").
    case ecommercePPL = "ecommerce-ppl"
    /// DHL Parcel Germany event codes (service "parcel-de").
    case parcelGermany = "parcel-de"
    /// DHL Parcel Netherlands word codes (service "parcel-nl").
    case parcelNetherlands = "parcel-nl"
    /// DHL Parcel Poland letter codes (service "parcel-pl").
    case parcelPoland = "parcel-pl"

    /// The families whose codes appear in an event's `status` field.
    public static let eventFamilies: [DHLCodeFamily] = [
        .express, .ecommerce, .ecommerceEurope, .ecommerceAsia, .ecommercePPL, .parcelGermany, .parcelNetherlands, .parcelPoland,
    ]

    /// The event-code family of a division, from the shipment's `service`; nil for divisions we hold no list for.
    public static func eventFamily(forService service: String?) -> DHLCodeFamily? {
        switch service?.trimmingSpaces().lowercased() {
        case "express": .express
        case "ecommerce": .ecommerce
        case "ecommerce-europe": .ecommerceEurope
        case "ecommerce-apac": .ecommerceAsia
        case "ecommerce-ppl": .ecommercePPL
        case "parcel-de": .parcelGermany
        case "parcel-nl": .parcelNetherlands
        case "parcel-pl": .parcelPoland
        default: nil
        }
    }

    /// The code as the table stores it: categories lower-case, every other family upper-case, trimmed.
    public func normalized(_ code: String) -> String {
        let trimmed = code.trimmingWhitespaceAndNewlines()
        return self == .category ? trimmed.lowercased() : trimmed.uppercased()
    }
}
