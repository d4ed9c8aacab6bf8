import ShipwatchCore
import Testing

@Suite("webhook retry schedule")
struct WebhookRetryScheduleTests {
    @Test("the standard schedule waits 30 s, then doubles, up to 18 h, for 15 attempts in about three days")
    func standardSchedule() {
        let schedule = WebhookRetrySchedule.standard
        #expect(schedule.delayAfter(attempts: 1, unitRandom: 0) == 30)
        #expect(schedule.delayAfter(attempts: 2, unitRandom: 0) == 60)
        #expect(schedule.delayAfter(attempts: 5, unitRandom: 0) == 480)
        #expect(schedule.delayAfter(attempts: 14, unitRandom: 0) == 64_800)
        #expect(schedule.delayAfter(attempts: 15, unitRandom: 0) == nil)
        #expect(schedule.delayAfter(attempts: 0, unitRandom: 0) == nil)
        let days = schedule.totalSeconds / 86_400
        #expect(days > 2.5 && days < 3.5, "\(days) days")
    }

    @Test("jitter shortens a delay by at most its fraction, and a random value out of range is clamped")
    func jitterStaysInItsBand() {
        let schedule = WebhookRetrySchedule(firstDelaySeconds: 100, maxDelaySeconds: 1_000, maxAttempts: 5, jitter: 0.2)
        #expect(schedule.delayAfter(attempts: 1, unitRandom: 1) == 80)
        #expect(schedule.delayAfter(attempts: 1, unitRandom: 0.5) == 90)
        #expect(schedule.delayAfter(attempts: 1, unitRandom: 7) == 80)
        #expect(schedule.delayAfter(attempts: 1, unitRandom: .nan) == 100)
    }

    @Test("a huge attempt count does not overflow the doubling")
    func hugeAttemptCount() {
        let schedule = WebhookRetrySchedule(firstDelaySeconds: 1, maxDelaySeconds: 3_600, maxAttempts: Int.max, jitter: 0)
        #expect(schedule.delayAfter(attempts: Int.max - 1, unitRandom: 0) == 3_600)
    }
}
