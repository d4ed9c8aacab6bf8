/// Placeholder for migration 7, which belongs to the per-poll evaluation sweep (branch wt/sweep). It exists on
/// this branch only so that version 8 follows a contiguous history; drop this file when merging wt/sweep.
enum Migration0007ReservedForSweep {
    static let migration = Migration(version: 7, name: "reserved for the evaluation sweep", sql: [
        "SELECT 1",
    ])
}
