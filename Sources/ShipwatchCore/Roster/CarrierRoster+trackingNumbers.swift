extension CarrierRoster {
    /// Normalizes and recognizes `text` against every carrier's formats, in roster order; throws explaining why
    /// it fits no carrier.
    public func trackingNumber(_ text: String) throws(TrackingNumberError) -> TrackingNumber {
        let normalized = TrackingNumber.normalize(text)
        guard !normalized.isEmpty else { throw .empty }
        guard normalized.utf8.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }) else {
            throw .invalidCharacters(normalized)
        }
        let number = TrackingNumberText(normalized)
        let matches = matches(number)
        guard !matches.isEmpty else { throw mismatch(number) }
        return TrackingNumber(printed: normalized, candidates: matches)
    }

    /// Validates `text` as a number of `carrier`. A carrier that accepts last-mile hand-offs also takes, when
    /// named, a number another carrier's format marks as one (DHL, FedEx and UPS economy services hand parcels to
    /// USPS under a USPS IMpb number).
    public func trackingNumber(_ text: String, carrier: Carrier) throws(TrackingNumberError) -> TrackingNumber {
        let number = try trackingNumber(text)
        var fitting = number.candidates.filter { $0.carrier == carrier }
        if fitting.isEmpty, let member = member(of: carrier), member.numberFormats.acceptsLastMileHandOffs {
            fitting = number.candidates.filter(\.isLastMileHandOff).map { handOff in
                TrackingNumberMatch(
                    carrier: carrier, format: "\(member.displayName) via \(handOff.format)", number: handOff.number,
                    routingPrefix: handOff.routingPrefix)
            }
        }
        guard !fitting.isEmpty else {
            throw .wrongCarrier(
                number.printed, expected: displayName(of: carrier), fits: number.candidates.map { displayName(of: $0.carrier) })
        }
        return TrackingNumber(printed: number.printed, candidates: fitting)
    }

    /// The number a stored shipment is found under, for text a person or a store's site pasted: the API form when
    /// the text is a recognized number (so a printed `420` + ZIP barcode finds its shipment), the normalized text
    /// otherwise.
    public func lookupForm(_ text: String) -> String {
        (try? trackingNumber(text))?.value ?? TrackingNumber.normalize(text)
    }

    /// Every carrier's matches, in roster order; each carrier sees what the ones before it matched.
    private func matches(_ number: TrackingNumberText) -> [TrackingNumberMatch] {
        var found: [TrackingNumberMatch] = []
        for member in members {
            found += member.numberFormats.matches(number, earlier: found)
        }
        return found
    }

    /// Why nothing matched: formats whose shape the number has say their check digit is wrong ("USPS IMpb / FedEx
    /// (22 digits)" when several carriers' formats have it).
    private func mismatch(_ number: TrackingNumberText) -> TrackingNumberError {
        var names: [String] = []
        for member in members {
            if let name = member.numberFormats.mismatchedFormat(number), !names.contains(name) { names.append(name) }
        }
        guard let first = names.first else { return .unrecognized(number.text, carriers: displayNamesInWords) }
        guard names.count > 1 else { return .badCheckDigit(number.text, format: first) }
        let length = "\(number.count) \(number.isAllDigits ? "digits" : "characters")"
        return .badCheckDigit(number.text, format: "\(names.joined(separator: " / ")) (\(length))")
    }
}
