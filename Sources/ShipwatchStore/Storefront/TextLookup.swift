import PostgresNIO

/// A storefront lookup: a prepared statement over text parameters (`$1`, `$2`, … in ``texts``' order) whose rows
/// the caller folds itself. Each names itself with a constant `name` (PostgresNIO's default builds it from the type
/// with reflection on every execution).
protocol TextLookup: PostgresPreparedStatement where Row == PostgresRow {
    var texts: [String] { get }
}

extension TextLookup {
    func makeBindings() throws -> PostgresBindings {
        let values = texts
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { bindings.append(value) }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}
