import Foundation

/// The status table's key: a code within its family.
struct DHLCodeKey: Hashable {
    var family: DHLCodeFamily
    var code: String
}
