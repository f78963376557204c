package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.agentsmd.draft.Draft;

/**
 * One more file a proposal writes besides the root one: a monorepo subproject's AGENTS.md.
 *
 * @param path  the file's path in the repository, e.g. {@code services/api/AGENTS.md}
 * @param draft its generated block, merged into the file as the target branch has it
 */
public record FileDraft(String path, Draft draft) {
}
