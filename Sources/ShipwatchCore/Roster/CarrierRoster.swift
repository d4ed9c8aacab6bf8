/// The carriers Shipwatch knows, in order, each with its display name and its tracking-number formats.
///
/// Core lists no carrier: the composition root builds the roster from the carrier folders (`CarrierCatalog.roster`)
/// and hands it to whatever needs carrier names or number recognition. Several members with one id keep the first.
public struct CarrierRoster: Sendable {
    /// The members, in roster order (the order messages list them and recognition asks them).
    public let members: [Member]
    /// Every carrier, in roster order.
    public let carriers: [Carrier]
    /// Every carrier's id in roster order: "usps, ups, fedex or dhl".
    public let namesInWords: String
    /// Every carrier's display name in roster order: "USPS, UPS, FedEx or DHL".
    public let displayNamesInWords: String
    private let indexByCarrier: [Carrier: Int]
    private let carrierByName: [String: Carrier]

    /// A roster of `members`, in that order.
    public init(_ members: [Member]) {
        var kept: [Member] = []
        var indexByCarrier: [Carrier: Int] = [:]
        for member in members where indexByCarrier[member.carrier] == nil {
            indexByCarrier[member.carrier] = kept.count
            kept.append(member)
        }
        // Ids first, so a display name never hides another carrier's id.
        var carrierByName = Dictionary(uniqueKeysWithValues: kept.map { ($0.carrier.rawValue, $0.carrier) })
        for member in kept where carrierByName[member.displayName.lowercased()] == nil {
            carrierByName[member.displayName.lowercased()] = member.carrier
        }
        self.members = kept
        carriers = kept.map(\.carrier)
        self.indexByCarrier = indexByCarrier
        self.carrierByName = carrierByName
        namesInWords = Self.inWords(kept.map(\.carrier.rawValue))
        displayNamesInWords = Self.inWords(kept.map(\.displayName))
    }

    /// Whether `carrier` is on the roster.
    public func contains(_ carrier: Carrier) -> Bool { indexByCarrier[carrier] != nil }

    /// The member of `carrier`, nil when it is not on the roster.
    public func member(of carrier: Carrier) -> Member? { indexByCarrier[carrier].map { members[$0] } }

    /// The carrier's name as people write it ("FedEx"); the id for a carrier not on the roster (a stored row of a
    /// carrier since removed).
    public func displayName(of carrier: Carrier) -> String { member(of: carrier)?.displayName ?? carrier.rawValue }

    /// The display name of the carrier whose id is `id` (a stored or grouped column); `id` itself when it names no
    /// carrier on the roster.
    public func displayName(ofID id: String) -> String { Carrier(rawValue: id).map(displayName(of:)) ?? id }

    /// The carrier an option or a CSV column names: its id or display name, in any case, spaces around ignored;
    /// nil when no carrier on the roster has that name.
    public func carrier(named name: String) -> Carrier? { carrierByName[name.trimmingSpaces().lowercased()] }

    private static func inWords(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
