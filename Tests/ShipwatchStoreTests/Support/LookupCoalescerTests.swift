import Synchronization
import Testing

@testable import ShipwatchStore

@Suite("Lookups that arrive together go out as one batch")
struct LookupCoalescerTests {
    /// Records the batches it was given and how many ran at once; each takes a moment, so lookups pile up.
    final class Recorder: Sendable {
        let batches = Mutex<[[Int]]>([])
        let running = Mutex((now: 0, most: 0))

        func run(_ batch: [Int]) async throws -> [String] {
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            try await Task.sleep(for: .milliseconds(5))
            running.withLock { $0.now -= 1 }
            batches.withLock { $0.append(batch) }
            return batch.map { "answer \($0)" }
        }
    }

    @Test("a lookup alone runs at once, in a batch of its own")
    func aloneRunsAlone() async throws {
        let recorder = Recorder()
        let coalescer = LookupCoalescer<Int, String>(maxInFlight: 2, maxBatch: 8) { try await recorder.run($0) }
        #expect(try await coalescer.answer(7) == "answer 7")
        #expect(try await coalescer.answer(8) == "answer 8")
        #expect(recorder.batches.withLock { $0 } == [[7], [8]])
    }

    @Test("many lookups at once each get their own answer, in fewer batches, never more than the limit at a time")
    func manyShareBatches() async throws {
        let recorder = Recorder()
        let coalescer = LookupCoalescer<Int, String>(maxInFlight: 2, maxBatch: 8) { try await recorder.run($0) }
        let answers = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for request in 0..<200 { group.addTask { (request, try await coalescer.answer(request)) } }
            return try await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
        }
        #expect(answers.count == 200)
        #expect(answers.allSatisfy { $0.value == "answer \($0.key)" })
        let batches = recorder.batches.withLock { $0 }
        #expect(batches.flatMap { $0 }.sorted() == Array(0..<200))
        #expect(batches.allSatisfy { $0.count <= 8 })
        #expect(batches.count < 200)
        #expect(recorder.running.withLock { $0.most } <= 2)
    }

    @Test("a failing batch fails every lookup in it, and the next lookups run again")
    func failureReachesEveryMember() async throws {
        struct Broken: Error {}
        let failing = Mutex(true)
        let coalescer = LookupCoalescer<Int, String>(maxInFlight: 1, maxBatch: 50) { batch in
            try await Task.sleep(for: .milliseconds(5))
            if failing.withLock({ $0 }) { throw Broken() }
            return batch.map(String.init)
        }
        let failures = await withTaskGroup(of: Bool.self) { group in
            for request in 0..<20 {
                group.addTask { (try? await coalescer.answer(request)) == nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(failures == 20)
        failing.withLock { $0 = false }
        #expect(try await coalescer.answer(5) == "5")
    }

    @Test("a batch answering the wrong number of lookups is an error, not a wrong answer")
    func countMismatchIsAnError() async throws {
        let coalescer = LookupCoalescer<Int, String>(maxInFlight: 1, maxBatch: 4) { _ in [] }
        await #expect(throws: LookupCoalescerError.answerCountMismatch(asked: 1, answered: 0)) {
            try await coalescer.answer(1)
        }
    }
}
