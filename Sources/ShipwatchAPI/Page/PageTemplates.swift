import Mustache

/// The server-rendered HTML templates (swift-mustache; `{{value}}` HTML-escapes every value), embedded at build
/// time. The ops dashboard registers its own templates into the same library shape.
public struct PageTemplates: Sendable {
    public let library: MustacheLibrary

    /// Parses the embedded templates; throws on a template syntax error (a build defect, caught by the tests).
    public init() throws {
        var library = MustacheLibrary()
        for (name, bytes) in Self.embedded {
            library.register(try MustacheTemplate(string: String(decoding: bytes, as: UTF8.self)), named: name)
        }
        self.library = library
    }

    /// Renders `name` with `values`; nil only for an unknown template name.
    public func render(_ values: Any, template name: String) -> String? {
        library.render(values, withTemplate: name)
    }

    static var embedded: [(String, [UInt8])] {
        [
            ("layout-head", PackageResources.layout_head_mustache),
            ("track-form", PackageResources.track_form_mustache),
            ("track-result", PackageResources.track_result_mustache),
        ] + opsEmbedded
    }
}
