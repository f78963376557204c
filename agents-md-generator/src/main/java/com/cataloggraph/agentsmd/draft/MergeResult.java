package com.cataloggraph.agentsmd.draft;

/** What merging a draft into a file gives: new content, the same content, or a refusal. */
public sealed interface MergeResult {

    /** The file's content after the merge differs from before (or the file is new). */
    record Changed(String content) implements MergeResult {
    }

    /** The file already holds exactly this draft. */
    record Unchanged(String content) implements MergeResult {
    }

    /** Merging would lose hand edits inside the generated block. */
    record Refused(String reason) implements MergeResult {
    }
}
