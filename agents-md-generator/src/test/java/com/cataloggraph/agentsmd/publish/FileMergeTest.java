package com.cataloggraph.agentsmd.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.draft.Draft;
import com.cataloggraph.agentsmd.draft.DraftSection;
import com.cataloggraph.agentsmd.draft.MergeResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileMergeTest {

    private final Draft root = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `make test`"))));
    private final Draft api = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `go test ./...`"))));
    private final Draft web = new Draft(List.of(new DraftSection("Commands", List.of("- Build: `npm run build`"))));

    @Test
    void aHandEditedSubprojectFileIsLeftAloneAndNamedWhileTheOthersChange() {
        String editedApi = "# AGENTS.md\n\n" + api.block().replace("go test", "go vet") + "\n";
        Map<String, String> branch = Map.of("services/api/AGENTS.md", editedApi);

        FileMerge merge = FileMerge.of(List.of(new FileDraft("AGENTS.md", root),
                new FileDraft("services/api/AGENTS.md", api), new FileDraft("web/AGENTS.md", web)), branch::get);

        assertThat(merge.root()).isInstanceOf(MergeResult.Changed.class);
        assertThat(merge.changed()).extracting(FileMerge.Change::path, FileMerge.Change::exists)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AGENTS.md", false),
                        org.assertj.core.groups.Tuple.tuple("web/AGENTS.md", false));
        assertThat(merge.leftAlone()).startsWith("; left alone: services/api/AGENTS.md: the generated block was "
                + "edited by hand since it was generated");
    }

    @Test
    void filesThatAlreadyHoldTheirDraftsChangeNothing() {
        Map<String, String> branch = Map.of("AGENTS.md", "# AGENTS.md\n\n" + root.block() + "\n",
                "web/AGENTS.md", "# AGENTS.md\n\n" + web.block() + "\n");

        FileMerge merge = FileMerge.of(List.of(new FileDraft("AGENTS.md", root), new FileDraft("web/AGENTS.md", web)),
                branch::get);

        assertThat(merge.root()).isInstanceOf(MergeResult.Unchanged.class);
        assertThat(merge.changed()).isEmpty();
        assertThat(merge.leftAlone()).isEmpty();
    }
}
