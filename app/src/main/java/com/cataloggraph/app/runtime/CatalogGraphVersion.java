package com.cataloggraph.app.runtime;

/**
 * The one version the application reports: {@code --version}, MCP's {@code serverInfo}. It is
 * the project's Maven version, which the build writes into the jar's manifest.
 */
public final class CatalogGraphVersion {

    /** What a build without a manifest (classes run from an IDE or a test) reports. */
    static final String UNPACKAGED = "development build";

    private CatalogGraphVersion() {
    }

    public static String current() {
        String version = CatalogGraphVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNPACKAGED : version;
    }
}
