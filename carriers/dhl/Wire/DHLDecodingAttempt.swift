import Foundation

/// One array element decoded on its own: the value, or the error that element raised.
///
/// The error is caught inside the element's own decoding, so the surrounding array keeps going.
struct DHLDecodingAttempt<Value: Decodable>: Decodable {
    /// The decoded value or the element's decoding error.
    let result: Result<Value, DecodingError>

    init(from decoder: any Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch let error as DecodingError {
            result = .failure(error)
        }
    }
}
