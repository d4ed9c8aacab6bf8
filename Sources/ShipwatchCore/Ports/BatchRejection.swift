/// A carrier's refusal of a whole multi-number tracking request, read per number.
///
/// The numbers it names get their outcome (invalid, not found); the others were not judged and are asked
/// again without them. A refusal that names no number is a failure of the batch, never a `notFound`.
public struct BatchRejection: Sendable, Hashable {
    /// The requested numbers the carrier named, with what it says about each.
    public var named: [String: TrackingOutcome]
    /// The carrier's words, for logs.
    public var detail: String

    public init(named: [String: TrackingOutcome], detail: String) {
        self.named = named
        self.detail = detail
    }

    /// The requested numbers that occur as whole words in `texts` (compared without case and spaces), so a
    /// 12-digit number inside a 34-digit barcode is not taken as named.
    public static func numbersNamed(in texts: [String], requested: [String]) -> [String] {
        var words: Set<String> = []
        for text in texts {
            var current = ""
            for character in text.uppercased() {
                if character.isLetter || character.isNumber {
                    current.append(character)
                } else if !current.isEmpty {
                    words.insert(current)
                    current = ""
                }
            }
            if !current.isEmpty { words.insert(current) }
        }
        return requested.filter { number in words.contains(String(number.uppercased().filter { !$0.isWhitespace })) }
    }
}

extension CarrierAPI {
    /// Default: the carrier has no batch-level refusals we read per number.
    public func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection? {
        nil
    }
}
