/// The committed OpenAPI 3.1 document (`Sources/ShipwatchAPI/Resources/openapi.json`), embedded at build time.
public enum OpenAPIDocument {
    /// The file's bytes, exactly as committed.
    public static var bytes: [UInt8] { PackageResources.openapi_json }
}
