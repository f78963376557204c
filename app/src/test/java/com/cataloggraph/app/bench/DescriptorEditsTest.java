package com.cataloggraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorEditsTest {

    @TempDir
    Path folder;

    @Test
    void changesOnePercentOfTheFilesSpreadInPathOrderAndPutsThemBack() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(write(String.format("repo-%03d/catalog-info.yaml", i), """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: c%d
                      description: "Service number %d."
                    spec: {type: service, lifecycle: production, owner: team-a}
                    """.formatted(i, i)));
        }

        List<Path> edited;
        try (DescriptorEdits edits = DescriptorEdits.apply(files, 0.01)) {
            edited = edits.files();
            assertThat(edited).containsExactly(files.get(0), files.get(100), files.get(200));
            assertThat(Files.readString(files.get(100))).contains(
                    "  description: \"Edited by the benchmark. Service number 100.\"\n");
            assertThat(Files.readString(files.get(1))).contains("  description: \"Service number 1.\"\n");
        }

        assertThat(Files.readString(files.get(100))).contains("  description: \"Service number 100.\"\n")
                .doesNotContain("Edited");
    }

    @Test
    void editsPlainAndSingleQuotedValuesAndSkipsFilesWithoutOneOrWithABlockScalar() throws IOException {
        Path block = write("a/catalog-info.yaml", "metadata:\n  name: a\n  description: |\n    Several lines.\n");
        Path none = write("b/catalog-info.yaml", "metadata:\n  name: b\n");
        Path plain = write("c/catalog-info.yaml", "metadata:\n  name: c\n  description: Plain words\n");
        Path single = write("d/catalog-info.yaml", "metadata:\n  name: d\n  description: 'It''s quoted'\n");

        try (DescriptorEdits edits = DescriptorEdits.apply(List.of(block, none, plain, single), 0.5)) {
            assertThat(edits.files()).containsExactly(plain, single);
            assertThat(Files.readString(plain)).endsWith("  description: Edited by the benchmark. Plain words\n");
            assertThat(Files.readString(single)).endsWith("  description: 'Edited by the benchmark. It''s quoted'\n");
            assertThat(Files.readString(block)).contains("description: |\n");
        }
        assertThat(Files.readString(plain)).endsWith("  description: Plain words\n");
        assertThat(Files.readString(single)).endsWith("  description: 'It''s quoted'\n");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
