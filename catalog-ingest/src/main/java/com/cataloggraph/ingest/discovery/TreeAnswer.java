package com.cataloggraph.ingest.discovery;

import java.util.List;

/** A provider's answer for the files of a repository at a ref: their paths, or why it could not say. */
sealed interface TreeAnswer {

    /** Every file's repository-relative path. */
    record Listed(List<String> paths) implements TreeAnswer {
    }

    record Failed(String message) implements TreeAnswer {
    }
}
