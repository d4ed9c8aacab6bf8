/// Migration 17: the `shipwatch_carrier` domain checks the shape of a carrier id instead of listing the four ids.
///
/// The list of carriers lives in the carrier folders (`CarrierCatalog.descriptors`); a fifth carrier would
/// otherwise need a migration before its first shipment could be stored. Every value the application writes comes
/// from `ShipwatchCore.Carrier`, so the shape check (the same one `Carrier` ids follow) still keeps free text out.
enum Migration0017OpenCarrierDomain {
    static let migration = Migration(version: 17, name: "open carrier domain", sql: [
        "ALTER DOMAIN shipwatch_carrier DROP CONSTRAINT shipwatch_carrier_check",
        """
        ALTER DOMAIN shipwatch_carrier ADD CONSTRAINT shipwatch_carrier_check
            CHECK (VALUE ~ '^[a-z][a-z0-9_]{1,31}$')
        """,
    ])
}
