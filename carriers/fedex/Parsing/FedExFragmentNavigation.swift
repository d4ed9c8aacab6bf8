import ShipwatchCore

extension JSONFragment {
    /// The element at `index` of an array fragment, or nil.
    func element(_ index: Int) -> JSONFragment? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The elements of an array fragment; empty for anything else.
    var elements: [JSONFragment] {
        if case .array(let elements) = self { return elements }
        return []
    }

    /// The text of a string fragment, or nil.
    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
