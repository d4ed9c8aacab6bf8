import Logging
import ShipwatchCore

extension CarrierClient {
    /// What one tracking request came to.
    private enum Attempt {
        case answered([String: TrackingOutcome])
        /// A multi-number request refused as a whole; see `BatchRejection`.
        case rejected(BatchRejection)
        case failed(CarrierError, retryAfter: Double?)
    }

    /// Whether a request may be sent now, and with which token.
    private enum Preflight {
        case proceed(accessToken: String?)
        case stop(CarrierError)
    }

    /// Runs one batch to its end: an answer, or the error that stopped it. Never throws.
    ///
    /// - Parameter depth: how many times this batch's numbers were already split after refusals (see `settle`).
    func runBatch(_ numbers: [String], depth: Int = 0) async -> BatchReport {
        var report = BatchReport()
        var logger = self.logger
        logger[metadataKey: LogKey.batchSize] = "\(numbers.count)"
        var attempt = 1
        var sent = 0
        var waited = Duration.zero
        var retriedWithFreshToken = false

        while true {
            logger[metadataKey: LogKey.attempt] = "\(sent + 1)"
            if Task.isCancelled {
                report.fail(numbers, with: .transient(detail: "cancelled"))
                return report
            }
            let accessToken: String?
            switch await preflight(&report, logger: logger) {
            case .proceed(let token):
                accessToken = token
            case .stop(let error):
                report.fail(numbers, with: error)
                return report
            }
            await rateLimiter.acquire()
            sent += 1
            let outcome = await attemptOnce(numbers, accessToken: accessToken, report: &report)
            let error: CarrierError
            let retryAfter: Double?
            switch outcome {
            case .answered(let parsed):
                report.succeed(numbers, with: parsed)
                logger.debug("batch answered", metadata: [LogKey.status: "\(report.lastHTTPStatus ?? 0)"])
                return report
            case .rejected(let rejection):
                return await settle(rejection, of: numbers, report: report, depth: depth, logger: logger)
            case .failed(let failure, let carrierRetryAfter):
                error = failure
                retryAfter = carrierRetryAfter
            }
            logger[metadataKey: LogKey.status] = report.lastHTTPStatus.map { "\($0)" } ?? "none"
            logger[metadataKey: LogKey.error] = "\(error.kind)"
            logger[metadataKey: LogKey.retryAfter] = retryAfter.map { .string("\($0)") }

            if case .unauthorized = error, let tokenCache, let accessToken, !retriedWithFreshToken {
                retriedWithFreshToken = true
                await tokenCache.invalidate(rejected: accessToken)
                report.retries += 1
                logger.notice("carrier rejected the access token; refreshing it once")
                continue
            }
            switch options.retry.decide(after: error, attempt: attempt, retryAfter: retryAfter, waitedSoFar: waited) {
            case .giveUp(let final):
                if case .rateLimited(let seconds?) = final, seconds > options.retry.maxRetryAfter.seconds {
                    await rateLimiter.embargo(for: .clampedSeconds(seconds))
                    await budget.ban(forSeconds: seconds, reason: "carrier answered Retry-After \(Int(min(seconds, 1e9))) s")
                }
                logger.warning("batch failed", metadata: [LogKey.detail: "\(final)"])
                report.fail(numbers, with: final)
                return report
            case .retry(let wait):
                report.retries += 1
                waited += wait
                attempt += 1
                logger.info("retrying batch", metadata: [LogKey.retryInMilliseconds: "\(Int(saturating: wait.seconds * 1_000))"])
                if retryAfter != nil {
                    // The carrier's pause holds every caller of this carrier; the next acquire() waits it out.
                    await rateLimiter.pause(for: wait)
                } else {
                    try? await time.sleep(wait)
                }
            }
        }
    }

    /// A refused batch: the numbers the carrier named get their outcome; the others are asked again without
    /// them, or, when none was named, in two halves. Splitting stops after log₂(batch size) levels; numbers
    /// still unjudged then fail with a retryable error (never `notFound`).
    private func settle(
        _ rejection: BatchRejection, of numbers: [String], report: BatchReport, depth: Int, logger: Logger
    ) async -> BatchReport {
        var report = report
        var rest: [String] = []
        for number in numbers {
            if let outcome = rejection.named[number] {
                report.outcomes[number] = .success(outcome)
            } else {
                rest.append(number)
            }
        }
        guard !rest.isEmpty else { return report }
        let named = numbers.count - rest.count
        guard depth < Self.maxSplitDepth(batchSize: api.maxNumbersPerRequest), rest.count > 1 || named > 0 else {
            logger.warning("carrier refused the batch; numbers left unjudged", metadata: ["unjudged": "\(rest.count)"])
            report.fail(rest, with: .transient(detail: "the carrier refused the batch without naming these numbers: \(rejection.detail)"))
            return report
        }
        let parts = named > 0 ? [rest] : [Array(rest.prefix(rest.count / 2)), Array(rest.dropFirst(rest.count / 2))]
        logger.notice(
            "carrier refused the batch; asking again",
            metadata: ["named": "\(named)", "parts": "\(parts.count)", "split_depth": "\(depth + 1)", "detail": "\(rejection.detail)"]
        )
        for part in parts where !part.isEmpty {
            report.absorb(await runBatch(part, depth: depth + 1))
        }
        return report
    }

    /// ⌈log₂(batchSize)⌉: the most times one batch is split after refusals.
    static func maxSplitDepth(batchSize: Int) -> Int {
        guard batchSize > 1 else { return 0 }
        let largestIndex = batchSize - 1
        return largestIndex.bitWidth - largestIndex.leadingZeroBitCount
    }

    /// Checks the carrier's embargo and our budget, then gets the access token (spending no budget if none comes).
    private func preflight(_ report: inout BatchReport, logger: Logger) async -> Preflight {
        if let remaining = await rateLimiter.embargoRemaining() {
            let seconds = remaining.seconds.rounded(.up)
            logger.notice("carrier asked us to stay away; batch not sent", metadata: [LogKey.retryAfter: "\(Int(saturating: seconds))"])
            return .stop(.rateLimited(retryAfter: seconds))
        }
        if case .refused(let error) = await budget.spend() {
            logger.warning("no call allowed now; batch not sent", metadata: ["reason": "\(error)"])
            return .stop(error)
        }
        guard let tokenCache else { return .proceed(accessToken: nil) }
        let lease = await tokenCache.lease()
        if lease.didFetch {
            report.tokenRequests += 1
            report.httpCalls += 1
        }
        switch lease.result {
        case .success(let token):
            return .proceed(accessToken: token)
        case .failure(let error):
            await budget.putBack()
            logger.error("no access token; batch not sent", metadata: [LogKey.error: "\(error.kind)"])
            return .stop(Self.asUnauthorized(error))
        }
    }

    private func attemptOnce(_ numbers: [String], accessToken: String?, report: inout BatchReport) async -> Attempt {
        let request = api.trackingRequest(
            numbers: numbers, credentials: credentials, accessToken: accessToken, requestID: makeRequestID()
        )
        let response: WireResponse
        do {
            response = try await transport.execute(
                request, baseURL: baseURL, timeout: options.requestTimeout, maxBodyBytes: options.maxBodyBytes
            )
        } catch {
            report.httpCalls += 1
            return .failed(error, retryAfter: nil)
        }
        report.httpCalls += 1
        report.lastHTTPStatus = response.status
        let retryAfter = response.header("Retry-After").flatMap {
            RetryAfter.seconds(from: $0, now: time.wallClock(), cap: options.retryAfterCap.seconds)
        }
        if let failure = Self.wholeRequestFailure(response, retryAfter: retryAfter) {
            return .failed(failure, retryAfter: retryAfter)
        }
        if numbers.count > 1, let rejection = api.batchRejection(response, requested: numbers) {
            return .rejected(rejection)
        }
        do {
            return .answered(try api.parseTrackingResponse(response, requested: numbers))
        } catch {
            return .failed(error, retryAfter: retryAfter)
        }
    }

    /// 401/403, 408, 429 and 5xx fail the whole request whatever the body says; the adapter never sees them.
    static func wholeRequestFailure(_ response: WireResponse, retryAfter: Double?) -> CarrierError? {
        switch response.status {
        case 401, 403, 408, 429, 500..<600:
            CarrierError.classify(
                status: response.status, retryAfter: retryAfter, detail: LogRedaction.excerpt(of: response.body)
            )
        default:
            nil
        }
    }

    static func asUnauthorized(_ error: CarrierError) -> CarrierError {
        if case .unauthorized = error { return error }
        return .unauthorized(detail: error.description)
    }
}
