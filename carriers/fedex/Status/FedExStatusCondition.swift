/// The circumstance under which a status-table entry applies to a scan, beyond its `eventType`.
///
/// FedEx reuses codes across contexts (CC is export *or* import release, EA is "enroute to airport" *or*
/// "export approved", a DY at a customs broker is a customs hold), so the table keys on the event code
/// plus one condition. `allCases` lists the conditions from most to least specific: the lookup takes
/// the first entry whose condition the scan satisfies.
public enum FedExStatusCondition: String, Sendable, Hashable, CaseIterable {
    /// The scan is a clearance delay: `delayDetail.type` CLEARANCE, or `derivedStatusCode` CD.
    case clearanceDelay = "clearance_delay"
    /// The scan happened at a customs place: `locationType` CUSTOMS_BROKER or PORT_OF_ENTRY.
    case customsLocation = "customs_location"
    /// The description names the export side ("International shipment release - Export", "Export approved").
    case exportSide = "export_side"
    /// The description names the import side ("International shipment release - Import").
    case importSide = "import_side"
    /// The description names neither side, and the scan is in the shipper's country of an international shipment.
    case originCountryScan = "origin_country_scan"
    /// Always: the code's default meaning.
    case always
}
