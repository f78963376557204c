package com.cataloggraph.app.runtime;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application every command runs in. It scans all of {@code com.cataloggraph}, so
 * each feature module contributes its own configuration.
 */
@SpringBootApplication(scanBasePackages = "com.cataloggraph")
public class CatalogApplication {
}
