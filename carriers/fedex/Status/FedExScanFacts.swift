import Foundation
import ShipwatchCore

/// The fields of one scan that decide its milestone: the code plus the context FedEx gives around it.
public struct FedExScanFacts: Sendable, Hashable {
    /// `scanEvents[].eventType`.
    public var eventType: String
    /// `scanEvents[].derivedStatusCode`.
    public var derivedStatusCode: String?
    /// `scanEvents[].locationType`.
    public var locationType: String?
    /// `scanEvents[].delayDetail.type`.
    public var delayType: String?
    /// `scanEvents[].eventDescription`.
    public var description: String?
    /// ISO country of the scan, when known.
    public var scanCountry: String?
    /// ISO country of the shipper, when known.
    public var originCountry: String?
    /// ISO country of the recipient, when known.
    public var destinationCountry: String?

    /// Creates the facts of one scan.
    public init(
        eventType: String,
        derivedStatusCode: String? = nil,
        locationType: String? = nil,
        delayType: String? = nil,
        description: String? = nil,
        scanCountry: String? = nil,
        originCountry: String? = nil,
        destinationCountry: String? = nil
    ) {
        self.eventType = eventType
        self.derivedStatusCode = derivedStatusCode
        self.locationType = locationType
        self.delayType = delayType
        self.description = description
        self.scanCountry = scanCountry
        self.originCountry = originCountry
        self.destinationCountry = destinationCountry
    }

    /// Whether these facts satisfy a table condition.
    public func satisfies(_ condition: FedExStatusCondition) -> Bool {
        switch condition {
        case .always:
            return true
        case .clearanceDelay:
            return Self.same(delayType, "CLEARANCE") || Self.same(derivedStatusCode, "CD")
        case .customsLocation:
            return Self.customsLocationTypes.contains(locationType?.trimmingSpaces().uppercased() ?? "")
        case .exportSide:
            return mentions("EXPORT")
        case .importSide:
            return mentions("IMPORT")
        case .originCountryScan:
            guard !mentions("EXPORT"), !mentions("IMPORT"),
                  let scanCountry, let originCountry, let destinationCountry, originCountry != destinationCountry
            else { return false }
            return scanCountry == originCountry
        }
    }

    /// `locationType` values that place a scan at customs.
    public static let customsLocationTypes: Set<String> = ["CUSTOMS_BROKER", "PORT_OF_ENTRY"]

    private func mentions(_ word: String) -> Bool {
        description?.range(of: word, options: .caseInsensitive) != nil
    }

    private static func same(_ value: String?, _ expected: String) -> Bool {
        value?.trimmingSpaces().caseInsensitiveCompare(expected) == .orderedSame
    }
}
