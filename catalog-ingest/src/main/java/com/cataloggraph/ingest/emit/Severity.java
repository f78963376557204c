package com.cataloggraph.ingest.emit;

/** How bad a problem is: errors fail a file or an entity and count for {@code --strict}; warnings do neither. */
public enum Severity {
    ERROR,
    WARNING
}
