extension PageTemplates {
    /// The ops dashboard's templates (see `opsTemplates` in Package.swift).
    static var opsEmbedded: [(String, [UInt8])] {
        [
            ("ops-head", PackageResources.ops_head_mustache),
            ("ops-foot", PackageResources.ops_foot_mustache),
            ("ops-login", PackageResources.ops_login_mustache),
            ("ops-overview", PackageResources.ops_overview_mustache),
            ("ops-findings", PackageResources.ops_findings_mustache),
            ("ops-shipment", PackageResources.ops_shipment_mustache),
            ("ops-runs", PackageResources.ops_runs_mustache),
            ("ops-message", PackageResources.ops_message_mustache),
        ]
    }
}
