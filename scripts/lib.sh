# Shared helpers for the scripts in this folder (sourced, not run).

# The Swift toolchain: on this machine kind it lives in /opt/swift.
ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="$PATH:/opt/swift/usr/bin"
        else
            echo "error: no Swift toolchain found (expected swift on PATH or in /opt/swift/usr/bin)" >&2
            exit 2
        fi
    fi
}

# Prints a timestamped progress line on stderr.
say() {
    printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2
}
