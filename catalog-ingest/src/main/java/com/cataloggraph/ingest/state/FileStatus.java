package com.cataloggraph.ingest.state;

/** How a descriptor file fared the last time it was processed. */
public enum FileStatus {
    /** Every document became an entity. */
    OK,
    /** Some documents failed; the valid ones were written and the file's earlier entities kept. */
    PARTIAL,
    /** The file could not be used at all (YAML, encoding, envelope); its earlier entities were kept. */
    FAILED,
    /** The file is gone; its entities are orphans, remembered here until they are deleted or claimed again. */
    VANISHED
}
