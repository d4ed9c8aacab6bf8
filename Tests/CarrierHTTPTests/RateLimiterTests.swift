import CarrierHTTP
import Testing

@Suite("Rate limiter")
struct RateLimiterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let rate: Double?
        let burst: Int
        /// Idle time before each acquire (the limiter's own waits advance the clock too).
        let gaps: [Duration]
        let expectedWaits: [Duration]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unlimited", rate: nil, burst: 1, gaps: [.zero, .zero, .zero], expectedWaits: [.zero, .zero, .zero]),
        Case(name: "2 rps back to back", rate: 2, burst: 1, gaps: [.zero, .zero, .zero, .zero],
             expectedWaits: [.zero, .milliseconds(500), .milliseconds(500), .milliseconds(500)]),
        Case(name: "burst of 3 at 1 rps", rate: 1, burst: 3, gaps: [.zero, .zero, .zero, .zero, .zero],
             expectedWaits: [.zero, .zero, .zero, .seconds(1), .seconds(1)]),
        Case(name: "idle time refills", rate: 1, burst: 2, gaps: [.zero, .zero, .zero, .seconds(5), .zero, .zero],
             expectedWaits: [.zero, .zero, .seconds(1), .zero, .zero, .seconds(1)]),
        Case(name: "partly refilled", rate: 1, burst: 1, gaps: [.zero, .milliseconds(300)],
             expectedWaits: [.zero, .milliseconds(700)]),
    ]

    @Test("token bucket waits", arguments: cases)
    func waits(_ testCase: Case) async {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: testCase.rate, burst: testCase.burst, time: clock.timeSource)
        var waits: [Duration] = []
        for gap in testCase.gaps {
            clock.advance(by: gap)
            waits.append(await limiter.acquire())
        }
        #expect(waits == testCase.expectedWaits)
        #expect(clock.sleeps == testCase.expectedWaits.filter { $0 > .zero })
    }

    @Test("concurrent callers reserve distinct slots")
    func concurrentReservations() async {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: 10, burst: 1, time: clock.timeSource)
        let total = await withTaskGroup(of: Duration.self) { group in
            for _ in 0..<5 { group.addTask { await limiter.acquire() } }
            return await group.reduce(Duration.zero, +)
        }
        // Slots at 0, 0.1 … 0.4 s, each wait measured on a clock the other sleepers also advance.
        #expect(total <= .milliseconds(400))
        #expect(clock.sleeps.count == 4)
    }

    @Test("a pause holds every caller, then pacing resumes without a burst")
    func pause() async {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: 1, burst: 3, time: clock.timeSource)
        await limiter.pause(for: .seconds(2))
        #expect(await limiter.acquire() == .seconds(2))
        #expect(await limiter.acquire() == .seconds(1))

        let unlimited = RateLimiter.unlimited(time: clock.timeSource)
        await unlimited.pause(for: .seconds(3))
        #expect(await unlimited.acquire() == .seconds(3))
        #expect(await unlimited.acquire() == .zero)
    }

    @Test("an embargo is reported until it ends")
    func embargo() async {
        let clock = ManualClock()
        let limiter = RateLimiter.unlimited(time: clock.timeSource)
        #expect(await limiter.embargoRemaining() == nil)
        await limiter.embargo(for: .seconds(3_600))
        clock.advance(by: .seconds(600))
        #expect(await limiter.embargoRemaining() == .seconds(3_000))
        clock.advance(by: .seconds(3_000))
        #expect(await limiter.embargoRemaining() == nil)
    }
}
