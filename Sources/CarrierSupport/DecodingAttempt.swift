/// One element of a list decoded on its own: a broken element keeps its decoding error instead of failing the
/// whole list, so one malformed shipment never loses the others.
public struct DecodingAttempt<Value: Decodable>: Decodable {
    /// The element, or the decoding error it raised.
    public let result: Result<Value, DecodingError>

    /// Decodes the element, keeping a `DecodingError` raised inside it.
    public init(from decoder: any Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch let error as DecodingError {
            result = .failure(error)
        }
    }
}
