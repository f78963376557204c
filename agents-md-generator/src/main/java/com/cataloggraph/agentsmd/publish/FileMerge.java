package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.agentsmd.draft.AgentsMdFile;
import com.cataloggraph.agentsmd.draft.MergeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The files of one proposal merged with what the target branch has: the root file decides whether the proposal is
 * skipped (its generated block was edited by hand); a hand-edited subproject file is left out; what changed is
 * committed together.
 *
 * @param root    the root file's merge
 * @param changed the files whose content changes, root first, as path and new content
 * @param refused subproject files left alone, with the reason
 */
public record FileMerge(MergeResult root, List<Change> changed, List<String> refused) {

    /** A file's new content, and whether the branch already has the file. */
    public record Change(String path, String content, boolean exists) {
    }

    /** What a proposal's message adds about subproject files left alone: nothing when there are none. */
    public String leftAlone() {
        return refused.isEmpty() ? "" : "; left alone: " + String.join("; ", refused);
    }

    /**
     * @param existing the file's content on the target branch, or null when it has none
     */
    public static FileMerge of(List<FileDraft> files, Function<String, String> existing) {
        MergeResult root = null;
        List<Change> changed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (FileDraft file : files) {
            String current = existing.apply(file.path());
            MergeResult merged = AgentsMdFile.merge(current, file.draft());
            boolean first = root == null;
            if (first) {
                root = merged;
            }
            switch (merged) {
                case MergeResult.Changed change -> changed.add(new Change(file.path(), change.content(), current != null));
                case MergeResult.Refused no -> {
                    if (!first) {
                        refused.add(file.path() + ": " + no.reason());
                    }
                }
                case MergeResult.Unchanged same -> {
                    // nothing to write
                }
            }
        }
        return new FileMerge(root, changed, refused);
    }
}
