/// Migration 15: the number as printed on the label, kept next to the number the carrier's API wants. A USPS
/// label's barcode carries a `420` + ZIP routing prefix and FedEx's long barcodes embed the 12-digit number; the
/// stores paste what they scan, and their staff and customers recognise that form.
enum Migration0015PrintedNumbers {
    static let migration = Migration(version: 15, name: "printed tracking numbers", sql: [
        """
        -- NULL when the printed form is the API's number (most shipments). Shown, never sent to a carrier; lookups
        -- turn a printed form into the API's number first (TrackingNumber.lookupForm), so no index is needed.
        ALTER TABLE shipments ADD COLUMN printed_number text
            CHECK (printed_number IS NULL OR length(printed_number) BETWEEN 1 AND 64)
        """,
    ])
}
