import ShipwatchCore

/// One USPS `eventType` wording used on international and customs legs, whose event codes
/// (Pub 199 App. G-5) are not documented. Matching is on whole words at the start of the text,
/// case and punctuation ignored; the longest matching phrase wins.
public struct USPSWordingEntry: Sendable, Hashable {
    /// The wording as USPS prints it ("Inbound Into Customs").
    public let phrase: String
    /// The Shipwatch milestone the wording maps to.
    public let milestone: Milestone
    /// What the wording means, in our words.
    public let meaning: String

    /// A wording entry.
    public init(phrase: String, milestone: Milestone, meaning: String) {
        self.phrase = phrase
        self.milestone = milestone
        self.meaning = meaning
        self.key = TextNormalization.key(phrase)
    }

    /// The normalized form matched against `TextNormalization.key(eventType)`.
    public let key: String

    /// True when the normalized event text is this phrase, or starts with it followed by more words.
    public func matches(normalizedText text: String) -> Bool {
        text == key || (text.hasPrefix(key) && text.dropFirst(key.count).first == " ")
    }
}
