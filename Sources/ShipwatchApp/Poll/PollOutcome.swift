/// The outcomes a poll attempt is recorded with (`poll_attempts.outcome`, the run's counts).
enum PollOutcome {
    /// The carrier knew the number and its scans were stored.
    static let found = "found"
    static let notFound = "not_found"
    static let invalidNumber = "invalid_number"
    /// The carrier's answer for this number could not be read.
    static let malformed = "malformed"
    /// The carrier failed (outage, auth, transient error after retries).
    static let failed = "failed"
    /// The carrier answered, but the scans could not be stored (a value the schema refuses); rescheduled with backoff.
    static let ingestFailed = "ingest_failed"
    /// Not fetched this run (quota, ban, circuit, time bound); due again later, counters untouched.
    static let deferred = "deferred"
}
